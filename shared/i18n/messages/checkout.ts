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
      badge: 'Checked out to {{borrower}} since {{date}}',
      badgeBorrowed: 'Borrowed copy from the office (checked out to {{borrower}} since {{date}})',
      badgeReturned: 'Borrowed copy: the examination work has been packed for its check-in',
      badgeHint: 'Changes to this case are refused until the check-in from laptop {{laptop}} is applied or the check-out is cancelled.',
    },
  },
};
