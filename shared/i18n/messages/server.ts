/** The office server's own refusals (HTTP layer, before or around dispatch). */
export const server = {
  id: {
    server: {
      noSession: 'Sesi Anda tidak ada atau telah berakhir. Silakan masuk kembali.',
      csrf: 'Permintaan ditolak: token keamanan (CSRF) tidak ada atau salah. Muat ulang halaman lalu coba lagi.',
      crossOrigin: 'Permintaan ditolak: permintaan ini tidak berasal dari halaman Sipena di server ini.',
      tooManyFromAddress: 'Terlalu banyak percobaan masuk yang gagal dari komputer ini. Coba lagi dalam {{seconds}} detik.',
      tooManyForAccount: 'Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini. Coba lagi dalam {{seconds}} detik.',
      recoveryLocalOnly: 'Pemulihan basis data hanya dapat dilakukan di komputer server itu sendiri (alamat 127.0.0.1).',
      setupLocalOnly: 'Akun administrator pertama hanya dapat dibuat di komputer server itu sendiri (buka https://127.0.0.1:<port>/ di sana, atau gunakan npm run cli -- users create).',
      shuttingDown: 'Server Sipena sedang dihentikan. Coba lagi setelah server berjalan kembali.',
    },
    presence: { others: 'Juga sedang masuk:', user: '{{name}} ({{role}})', locked: 'layar terkunci' },
  },
  en: {
    server: {
      noSession: 'Your session does not exist or has ended. Please sign in again.',
      csrf: 'Request refused: the security (CSRF) token is missing or wrong. Reload the page and try again.',
      crossOrigin: 'Request refused: it did not come from a Sipena page on this server.',
      tooManyFromAddress: 'Too many failed sign-in attempts from this computer. Try again in {{seconds}} seconds.',
      tooManyForAccount: 'Too many failed sign-in attempts for this user name. Try again in {{seconds}} seconds.',
      recoveryLocalOnly: 'The database can only be recovered on the server computer itself (address 127.0.0.1).',
      setupLocalOnly: 'The first administrator account can only be created on the server computer itself (open https://127.0.0.1:<port>/ there, or use npm run cli -- users create).',
      shuttingDown: 'The Sipena server is shutting down. Try again once it runs again.',
    },
    presence: { others: 'Also signed in:', user: '{{name}} ({{role}})', locked: 'screen locked' },
  },
} as const;
