/**
 * The legal deadlines of the examination procedure. Each
 * rule has a default from the regulation, a unit, its legal basis and, where the
 * reading of the regulation is uncertain, an UNVERIFIED flag; the office may adjust it.
 */
export const DEADLINE_RULE_IDS = [
  'summons1Notice',
  'summons2Issue',
  'skDelivery',
  'skEffective',
  'appealWindow',
  'recommendationFollowUp',
  'objectionAnswer',
  'bpasnDecision',
  'sanctionEnd',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number];

export const DEADLINE_UNITS = ['workdays', 'days'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** For the summons notice: the gap is a minimum (default reading) or a maximum. */
export const DEADLINE_MODES = ['atLeast', 'atMost'] as const;
export type DeadlineMode = (typeof DEADLINE_MODES)[number];

/** What the office has set for a rule (or the default). */
export interface DeadlineSetting {
  value: number;
  unit: DeadlineUnit;
  mode: DeadlineMode;
}

export interface DeadlineRuleDef {
  id: DeadlineRuleId;
  default: DeadlineSetting;
  /** The office may switch between working and calendar days. */
  unitAdjustable: boolean;
  /** The office may switch between a minimum and a maximum gap. */
  modeAdjustable: boolean;
  /** Citation shown next to the rule. */
  legalBasis: string;
  /** The legal reading is not verified: shown as "default per ..., adjustable". */
  unverified: boolean;
  /** An i18n key for a note shown with the rule (e.g. which value satisfies both readings). */
  noteKey?: string;
}

export const DEADLINE_RULES: Readonly<Record<DeadlineRuleId, DeadlineRuleDef>> = {
  // PP 94/2021 Pasal 26 says "paling lambat 7 hari kerja sebelum tanggal pemeriksaan"; PerBKN 6/2022
  // reads it as the longest gap between the summons date and the examination. The office may
  // switch to the other reading (a minimum gap); exactly 7 working days satisfies both.
  summons1Notice: {
    id: 'summons1Notice',
    default: { value: 7, unit: 'workdays', mode: 'atMost' },
    unitAdjustable: false,
    modeAdjustable: true,
    legalBasis: 'PerBKN 6/2022 (jarak tanggal surat panggilan dengan tanggal pemeriksaan paling lama 7 hari kerja); PP 94/2021 Pasal 26 ("paling lambat 7 hari kerja sebelum tanggal pemeriksaan")',
    unverified: true,
    noteKey: 'deadlines.summons1BothReadings',
  },
  summons2Issue: {
    id: 'summons2Issue',
    default: { value: 7, unit: 'workdays', mode: 'atMost' },
    unitAdjustable: false,
    modeAdjustable: false,
    legalBasis: 'PP 94/2021 Pasal 26 (pemanggilan kedua sejak tanggal seharusnya diperiksa)',
    unverified: false,
  },
  skDelivery: {
    id: 'skDelivery',
    // Calendar or working days is not settled; 14 calendar days satisfies both readings.
    default: { value: 14, unit: 'days', mode: 'atMost' },
    unitAdjustable: true,
    modeAdjustable: false,
    legalBasis: 'PP 94/2021 dan PerBKN 6/2022 (penyampaian keputusan hukuman disiplin paling lama 14 hari sejak ditetapkan)',
    unverified: true,
  },
  skEffective: {
    id: 'skEffective',
    // "mulai berlaku pada hari ke-15 (lima belas) terhitung sejak tanggal diterima": calendar days.
    default: { value: 15, unit: 'days', mode: 'atLeast' },
    unitAdjustable: false,
    modeAdjustable: false,
    legalBasis: 'PP 94/2021 (hukuman disiplin mulai berlaku pada hari ke-15 terhitung sejak tanggal keputusan diterima)',
    unverified: true,
  },
  appealWindow: {
    id: 'appealWindow',
    default: { value: 14, unit: 'workdays', mode: 'atMost' },
    unitAdjustable: false,
    modeAdjustable: false,
    legalBasis: 'PP 79/2021 tentang Upaya Administratif dan Badan Pertimbangan ASN',
    unverified: false,
  },
  recommendationFollowUp: {
    id: 'recommendationFollowUp',
    default: { value: 14, unit: 'days', mode: 'atMost' },
    unitAdjustable: true,
    modeAdjustable: false,
    legalBasis: 'Tindak lanjut PPK atas rekomendasi Bawaslu/BKN (UU 20/2023; SE MenPANRB 4/2024)',
    unverified: true,
  },
  objectionAnswer: {
    id: 'objectionAnswer',
    default: { value: 21, unit: 'workdays', mode: 'atMost' },
    unitAdjustable: false,
    modeAdjustable: false,
    legalBasis: 'PP 79/2021 (keberatan dijawab paling lama 21 hari kerja sejak diterima)',
    unverified: false,
  },
  bpasnDecision: {
    id: 'bpasnDecision',
    default: { value: 65, unit: 'workdays', mode: 'atMost' },
    unitAdjustable: false,
    modeAdjustable: false,
    legalBasis: 'PP 79/2021 (BPASN memutus banding administratif paling lama 65 hari kerja sejak diterima)',
    unverified: false,
  },
  // The personnel unit (BKPSDM) is told when a sanction ends, so the SIASN record (akhirHukumanTanggal)
  // and the employee's career follow it. The sources set no period for this notice: due on the end
  // date by default (0 days after it), adjustable.
  sanctionEnd: {
    id: 'sanctionEnd',
    default: { value: 0, unit: 'days', mode: 'atMost' },
    unitAdjustable: true,
    modeAdjustable: false,
    legalBasis: 'Pemberitahuan berakhirnya hukuman disiplin kepada BKPSDM (pemutakhiran riwayat hukuman disiplin SIASN); batas waktu tidak diatur dalam sumber: perlu diverifikasi',
    unverified: true,
  },
};

/** Every rule's effective setting: the office's override where one is stored, else the default. */
export type DeadlineSettings = Readonly<Record<DeadlineRuleId, DeadlineSetting>>;

/** Merges stored overrides over the defaults (unknown ids ignored, non-adjustable parts kept). */
export function effectiveSettings(stored: Partial<Record<string, DeadlineSetting>>): DeadlineSettings {
  const out = {} as Record<DeadlineRuleId, DeadlineSetting>;
  for (const id of DEADLINE_RULE_IDS) {
    const def = DEADLINE_RULES[id];
    const s = stored[id];
    out[id] = s
      ? { value: s.value, unit: def.unitAdjustable ? s.unit : def.default.unit, mode: def.modeAdjustable ? s.mode : def.default.mode }
      : { ...def.default };
  }
  return out;
}

export function isDeadlineRuleId(s: string): s is DeadlineRuleId {
  return (DEADLINE_RULE_IDS as readonly string[]).includes(s);
}
