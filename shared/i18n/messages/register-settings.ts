/** The register-number template screen. */
export const registerSettings = {
  id: {
    registerUi: {
      nav: 'Nomor Registrasi',
      title: 'Templat Nomor Registrasi Kasus',
      intro: 'Nomor registrasi diberikan otomatis saat kasus diregistrasi, dengan penghitung yang mulai dari 1 setiap tahun. Nomor yang sudah diberikan tidak pernah diubah atau dipakai ulang.',
      template: 'Templat',
      templateHint: '{seq} = nomor urut tahunan (4 digit), {year} = tahun. Keduanya wajib ada.',
      preview: 'Nomor kasus berikutnya',
      previewInvalid: 'Pratinjau tidak tersedia sampai templat memuat {seq} dan {year}.',
      counter: 'Penghitung tahun {{year}}: {{count}} kasus telah diregistrasi.',
      save: 'Simpan templat',
      saved: 'Templat nomor registrasi tersimpan. Kasus berikutnya bernomor {{example}}.',
    },
  },
  en: {
    registerUi: {
      nav: 'Register numbers',
      title: 'Case register-number template',
      intro: 'Register numbers are given automatically when a case is registered, from a counter that restarts at 1 every year. A number once given is never changed or reused.',
      template: 'Template',
      templateHint: '{seq} = yearly serial (4 digits), {year} = year. Both are required.',
      preview: 'Next case number',
      previewInvalid: 'No preview until the template contains {seq} and {year}.',
      counter: 'Counter for {{year}}: {{count}} cases registered.',
      save: 'Save template',
      saved: 'Register-number template saved. The next case will be numbered {{example}}.',
    },
  },
} as const;
