import { Decimal } from 'decimal.js';
/*
 * A deterministic SYNTHETIC dataset for demonstrations: about 220 organisations across the seven
 * NHS England regions, returns for 2018-19 to 2025-26. The national pooled ratio starts near
 * 1:1,730 and improves slowly. Every name says it is synthetic; the ODS codes (ZD…) are made up.
 * None of it is NHS data.
 */
export const DEMO_FIRST_YEAR = 2018;
export const DEMO_LAST_YEAR = 2025;
export const DEMO_NOTICE = 'This instance holds SYNTHETIC demo data (npm run seed:demo): organisations and figures are invented, not NHS data.';
/** mulberry32: a small seeded generator, so every load is identical. */
export function seededRandom(seed) {
    let state = seed;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
export const REGIONS = ['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63'];
const MIX = [
    ['acute', 'Acute Trust', 95, 3000, 14000],
    ['integrated', 'Integrated Care Trust', 20, 4000, 12000],
    ['mental_health', 'Mental Health Trust', 45, 1500, 6000],
    ['community', 'Community Trust', 18, 1000, 4500],
    ['ambulance', 'Ambulance Service', 10, 2000, 6000],
    ['specialist', 'Specialist Trust', 14, 800, 3500],
    ['icb', 'Integrated Care Board', 18, 150, 700],
];
/** The pooled national ratio the data is scaled to, year by year (lower is better). */
export function nationalTarget(year) {
    return 1730 * (1 - 0.022 * (year - DEMO_FIRST_YEAR));
}
export function demoDataset() {
    const random = seededRandom(2019);
    const organisations = [];
    const profile = new Map();
    let n = 0;
    for (const [type, label, count, minStaff, maxStaff] of MIX) {
        for (let i = 0; i < count; i += 1) {
            n += 1;
            const odsCode = `ZD${String(n).padStart(3, '0')}`;
            organisations.push({
                odsCode,
                name: `Synthetic ${label} ${String(n).padStart(3, '0')} (demo data)`,
                type,
                regionCode: REGIONS[n % REGIONS.length],
                openedOn: null,
                closedOn: null,
                successorOdsCode: null,
            });
            // A log-normal spread of organisation ratios around the national figure.
            const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
            profile.set(odsCode, {
                staff: minStaff + random() * (maxStaff - minStaff),
                factor: Math.exp(0.3 * normal),
                noQualified: type === 'icb' && i < 3,
            });
        }
    }
    // Two mergers: ZD003 and ZD010 become ZD221 in April 2021; ZD140 joins ZD141 in April 2023.
    const byCode = (code) => organisations.find((o) => o.odsCode === code);
    const merged = {
        odsCode: 'ZD221',
        name: 'Synthetic Acute Trust 221, merged (demo data)',
        type: 'acute',
        regionCode: byCode('ZD003').regionCode,
        openedOn: '2021-04-01',
        closedOn: null,
        successorOdsCode: null,
    };
    organisations.push(merged);
    for (const code of ['ZD003', 'ZD010'])
        Object.assign(byCode(code), { closedOn: '2021-03-31', successorOdsCode: 'ZD221' });
    Object.assign(byCode('ZD140'), { closedOn: '2023-03-31', successorOdsCode: 'ZD141' });
    profile.set('ZD221', { staff: profile.get('ZD003').staff + profile.get('ZD010').staff, factor: 1.05, noQualified: false });
    const reports = (org, year) => (org.openedOn === null || org.openedOn <= `${year + 1}-03-31`) && (org.closedOn === null || org.closedOn >= `${year}-04-01`);
    const returns = [];
    for (let year = DEMO_FIRST_YEAR; year <= DEMO_LAST_YEAR; year += 1) {
        const t = year - DEMO_FIRST_YEAR;
        const rows = organisations
            .filter((org) => reports(org, year))
            // The latest window is still open: a few organisations have not reported yet.
            .filter((org, index) => year < DEMO_LAST_YEAR || index % 17 !== 5)
            .map((org) => {
            const p = profile.get(org.odsCode);
            const staff = p.staff * (1 + 0.015 * t) * (0.97 + 0.06 * random());
            const rawRatio = p.factor * (0.92 + 0.16 * random());
            return { org, p, staff, rawRatio };
        });
        // Scale qualified WTE so that the pooled national ratio lands on the year's figure.
        const staffTotal = rows.reduce((sum, r) => sum + r.staff, 0);
        const rawQualified = rows.reduce((sum, r) => sum + (r.p.noQualified ? 0 : r.staff / r.rawRatio), 0);
        const scale = staffTotal / nationalTarget(year) / rawQualified;
        for (const { org, p, staff, rawRatio } of rows) {
            const staffWte = new Decimal(staff).toDecimalPlaces(2);
            const qualifiedWte = p.noQualified ? new Decimal(0) : new Decimal((staff / rawRatio) * scale).toDecimalPlaces(2);
            const amended = random() < 0.05;
            const roles = qualifiedWte.gt(1) && random() < 0.5
                ? [
                    qualifiedWte.mul(0.3).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2),
                    qualifiedWte.mul(0.2).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2),
                    qualifiedWte.mul(0.1).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2),
                ]
                : null;
            returns.push({
                odsCode: org.odsCode,
                year,
                firstSubmission: amended
                    ? { staffWte: staffWte.mul(0.9).toDecimalPlaces(2).toFixed(2), qualifiedWte: qualifiedWte.toFixed(2) }
                    : null,
                staffWte: staffWte.toFixed(2),
                qualifiedWte: qualifiedWte.toFixed(2),
                roles,
            });
        }
    }
    return { organisations, returns };
}
//# sourceMappingURL=dataset.js.map