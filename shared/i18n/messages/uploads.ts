/** Files on their way to main (shared/uploads/schemas.ts), whatever they are for. */
export const uploads = {
  id: {
    uploads: {
      badId: 'kode unggahan tidak valid',
      badChunk: 'potongan berkas tidak valid (harus berupa bita)',
      emptyChunk: 'potongan berkas kosong',
      chunkTooBig: 'potongan berkas terlalu besar (maksimal 4 MB)',
      empty: 'berkas kosong',
      tooBigEvidence: 'berkas terlalu besar (maksimal 4 GB)',
      tooBigImport: 'berkas terlalu besar (maksimal 50 MB)',
      tooBigLogo: 'berkas logo terlalu besar (maksimal 1 MB)',
      tooBigVerify: 'berkas PDF terlalu besar (maksimal 20 MB)',
      unknown: 'Unggahan tidak ditemukan atau sudah kedaluwarsa; pilih berkasnya lagi.',
      otherPurpose: 'Unggahan ini dibuat untuk keperluan lain; pilih berkasnya lagi di layar ini.',
      incomplete: 'Unggahan belum lengkap ({{received}} dari {{size}} bita).',
      outOfOrder: 'Potongan berkas datang tidak berurutan (diharapkan posisi {{expected}}, diterima {{got}}).',
      sizeMismatch: 'Ukuran berkas tidak sesuai: dinyatakan {{declared}} bita, diterima {{got}} bita.',
    },
  },
  en: {
    uploads: {
      badId: 'invalid upload id',
      badChunk: 'invalid file chunk (must be bytes)',
      emptyChunk: 'the file chunk is empty',
      chunkTooBig: 'the file chunk is too large (4 MB at most)',
      empty: 'the file is empty',
      tooBigEvidence: 'the file is too large (4 GB at most)',
      tooBigImport: 'the file is too large (50 MB at most)',
      tooBigLogo: 'the logo file is too large (1 MB at most)',
      tooBigVerify: 'the PDF file is too large (20 MB at most)',
      unknown: 'The upload was not found or has expired; choose the file again.',
      otherPurpose: 'This upload was made for another purpose; choose the file again on this screen.',
      incomplete: 'The upload is incomplete ({{received}} of {{size}} bytes).',
      outOfOrder: 'A file chunk arrived out of order (expected offset {{expected}}, got {{got}}).',
      sizeMismatch: 'File size mismatch: declared {{declared}} bytes, received {{got}} bytes.',
    },
  },
};
