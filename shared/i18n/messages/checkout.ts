/** Laptop check-out: a case lent to an examiner's laptop and brought back. */
export const checkout = {
  id: {
    checkout: {
      refused:
        'Kasus {{registerNo}} sedang dipinjam oleh {{borrower}} (laptop {{laptop}}) sejak {{date}} pukul {{time}}: perubahan ditolak sampai hasil pemeriksaannya dikembalikan (check-in) atau pinjaman dibatalkan administrator. Tidak ada yang disimpan.',
      refusedUnknown: 'Kasus ini sedang dipinjam ke laptop pemeriksa: perubahan ditolak sampai dikembalikan. Tidak ada yang disimpan.',
      refusedBorrowedCopy:
        'Kasus {{registerNo}} di laptop ini adalah salinan pinjaman (dipinjam oleh {{borrower}} sejak {{date}} pukul {{time}}): hanya jadwal pemeriksaan, kehadiran dan BAP yang dapat dicatat. Tidak ada yang disimpan.',
      refusedReturnedCopy:
        'Hasil pemeriksaan kasus {{registerNo}} sudah dikemas untuk dikembalikan ke kantor: salinan di laptop ini tidak dapat diubah lagi. Tidak ada yang disimpan.',
      alreadyLent: 'Kasus {{registerNo}} sudah dipinjam oleh {{borrower}} (laptop {{laptop}}).',
      borrowedCopy: 'Kasus {{registerNo}} di komputer ini adalah salinan pinjaman; salinan pinjaman tidak dapat dipinjamkan lagi.',
      notLent: 'Kasus {{registerNo}} tidak sedang dipinjam.',
      noSuchCase: 'Tidak ada kasus dengan nomor register {{registerNo}}.',
      fileBAD_FORMAT: 'Berkas {{kind}} ini tidak dapat dibaca sebagai berkas Sipena ({{detail}}). Tidak ada yang disimpan.',
      fileBAD_SIGNATURE: 'Tanda tangan berkas {{kind}} ini tidak cocok dengan kunci pinjamannya: berkas ditolak. Tidak ada yang disimpan.',
      fileTAMPERED: 'Isi berkas {{kind}} ini berubah setelah ditandatangani ({{detail}}): berkas ditolak. Tidak ada yang disimpan.',
      alreadyTaken: 'Berkas pinjaman kasus {{registerNo}} ini sudah diterima di laptop ini.',
      caseOnLaptop: 'Kasus {{registerNo}} sudah ada di komputer ini (dari pinjaman sebelumnya atau dicatat di sini): salinan pinjaman tidak dapat diterima dua kali. Gunakan folder data laptop yang baru.',
      registerNoTaken: 'Nomor register {{registerNo}} sudah dipakai kasus lain di komputer ini: salinan pinjaman tidak dapat diterima.',
      takeClash: 'Salinan kasus {{registerNo}} bertabrakan dengan data di komputer ini ({{detail}}). Tidak ada yang disimpan.',
      notBorrowed: 'Kasus ini bukan salinan pinjaman di laptop ini: tidak ada yang dapat dikembalikan.',
      applyUnknown: 'Berkas pengembalian ini bukan untuk pinjaman kasus di kantor ini (pinjaman tidak dikenal). Tidak ada yang disimpan.',
      applyAlready: 'Hasil pemeriksaan kasus {{registerNo}} dari pinjaman ini sudah diterapkan pada {{date}} oleh {{by}}. Tidak ada yang disimpan.',
      applyCancelled: 'Pinjaman kasus {{registerNo}} ini dibatalkan pada {{date}} ({{reason}}): hasil pemeriksaannya tidak dapat diterapkan lagi. Tidak ada yang disimpan.',
      applyChanged:
        'Kasus {{registerNo}} berubah di kantor selama dipinjam (revisi {{lent}} saat dipinjamkan, sekarang {{now}}): hasil pemeriksaan dari laptop tidak diterapkan agar perubahan kantor tidak tertimpa. Tidak ada yang disimpan.',
      badge: 'Dipinjam oleh {{borrower}} sejak {{date}}',
      badgeBorrowed: 'Salinan pinjaman dari kantor (dipinjam oleh {{borrower}} sejak {{date}})',
      badgeReturned: 'Salinan pinjaman: hasil pemeriksaan sudah dikemas untuk dikembalikan',
      badgeHint: 'Perubahan kasus ini ditolak sampai hasil pemeriksaan dari laptop {{laptop}} diterapkan atau pinjaman dibatalkan.',
    },
  },
  en: {
    checkout: {
      refused:
        'Case {{registerNo}} is checked out to {{borrower}} (laptop {{laptop}}) since {{date}} at {{time}}: changes are refused until its check-in is applied or an administrator cancels the check-out. Nothing was saved.',
      refusedUnknown: "This case is checked out to an examiner's laptop: changes are refused until it is returned. Nothing was saved.",
      refusedBorrowedCopy:
        'Case {{registerNo}} on this laptop is a borrowed copy (checked out to {{borrower}} since {{date}} at {{time}}): only hearings, attendance and BAPs can be recorded. Nothing was saved.',
      refusedReturnedCopy: "Case {{registerNo}}'s examination work has been packed for its check-in: the copy on this laptop can no longer change. Nothing was saved.",
      alreadyLent: 'Case {{registerNo}} is already checked out to {{borrower}} (laptop {{laptop}}).',
      borrowedCopy: 'Case {{registerNo}} on this computer is a borrowed copy; it cannot be checked out again.',
      notLent: 'Case {{registerNo}} is not checked out.',
      noSuchCase: 'No case with register number {{registerNo}}.',
      fileBAD_FORMAT: 'This {{kind}} file cannot be read as a Sipena file ({{detail}}). Nothing was saved.',
      fileBAD_SIGNATURE: "This {{kind}} file's signature does not match its check-out key: the file is refused. Nothing was saved.",
      fileTAMPERED: 'This {{kind}} file was changed after it was signed ({{detail}}): the file is refused. Nothing was saved.',
      alreadyTaken: 'This check-out file of case {{registerNo}} has already been taken in on this laptop.',
      caseOnLaptop: 'Case {{registerNo}} is already on this computer (from an earlier check-out or recorded here): a borrowed copy cannot be taken in twice. Use a fresh laptop data folder.',
      registerNoTaken: 'Register number {{registerNo}} is used by another case on this computer: the borrowed copy cannot be taken in.',
      takeClash: 'The copy of case {{registerNo}} clashes with data on this computer ({{detail}}). Nothing was saved.',
      notBorrowed: 'This case is not a borrowed copy on this laptop: there is nothing to check in.',
      applyUnknown: 'This check-in file is not for a check-out of this office (unknown check-out). Nothing was saved.',
      applyAlready: "This check-out's examination work for case {{registerNo}} was already applied on {{date}} by {{by}}. Nothing was saved.",
      applyCancelled: 'This check-out of case {{registerNo}} was cancelled on {{date}} ({{reason}}): its examination work can no longer be applied. Nothing was saved.',
      applyChanged:
        "Case {{registerNo}} changed at the office while it was checked out (revision {{lent}} when lent, now {{now}}): the laptop's examination work is not applied, so the office's change is not overwritten. Nothing was saved.",
      badge: 'Checked out to {{borrower}} since {{date}}',
      badgeBorrowed: 'Borrowed copy from the office (checked out to {{borrower}} since {{date}})',
      badgeReturned: 'Borrowed copy: the examination work has been packed for its check-in',
      badgeHint: 'Changes to this case are refused until the check-in from laptop {{laptop}} is applied or the check-out is cancelled.',
    },
  },
};
