import { describe, expect, it } from 'vitest';
import { pactAggravatingText } from '../../shared/pacts/schemas.ts';
import { formatDate } from '../../shared/indonesian/dates.ts';

describe('the LHP sentence for a pact signed before the incident', () => {
  it('names the accused and every pact by date and place', () => {
    const text = pactAggravatingText(
      { name: 'Agus Lestari', pacts: [{ id: 1, pactDate: '2024-02-07', place: 'Aula Kantor Bupati', official: 'Pj Bupati' }, { id: 2, pactDate: '2024-08-17', place: 'Alun-alun', official: 'Sekda' }] },
      formatDate,
    );
    expect(text).toBe('Agus Lestari telah menandatangani pakta integritas netralitas ASN (tanggal 7 Februari 2024 di Aula Kantor Bupati; tanggal 17 Agustus 2024 di Alun-alun) sebelum pelanggaran dilakukan.');
  });
});
