import { Decimal } from 'decimal.js';
import { assess, ratioOf } from "../domain/ratio.js";
import { formatYear } from "../domain/years.js";
import { wteOut } from "../schemas/shared.js";
const typeNames = {
    acute: 'Acute',
    integrated: 'Integrated care',
    mental_health: 'Mental health',
    community: 'Community',
    ambulance: 'Ambulance',
    specialist: 'Specialist',
    icb: 'Integrated care boards',
    other: 'Other',
};
export function groupName(groupBy, key, regionName) {
    if (groupBy === 'national')
        return 'England';
    if (groupBy === 'region')
        return regionName ?? key;
    return typeNames[key] ?? key;
}
export function policyOf(row) {
    if (!row || row.policy_effective_from === null)
        return null;
    return { effectiveFrom: formatYear(row.policy_effective_from), flagThreshold: row.flag_threshold, targetRatio: row.target_ratio };
}
/** Pooled ratio and its band under the year's policy, summed gaps and band counts. */
function pooledFields(row, policy) {
    const staff = new Decimal(row.staff_wte);
    const qualified = new Decimal(row.qualified_wte);
    const hasReturns = staff.gt(0);
    const assessment = assess(hasReturns ? staff : new Decimal(0), qualified, policy);
    return {
        staffWte: wteOut(row.staff_wte),
        qualifiedWte: wteOut(row.qualified_wte),
        ratio: assessment.ratio,
        ratioDisplay: hasReturns ? assessment.ratioDisplay : 'no returns',
        band: hasReturns ? assessment.band : null,
        flagged: hasReturns && assessment.flagged,
        gapWte: policy && hasReturns ? wteOut(row.gap_wte ?? '0') : null,
        counts: {
            meetsTarget: row.meets_target,
            shortOfTarget: row.short_of_target,
            flagged: row.flagged,
            noQualifiedStaff: row.no_qualified_staff,
        },
    };
}
export function buildSummary(year, groupBy, rows, policyRow) {
    const policy = policyOf(policyRow);
    const groups = rows.map((row) => ({
        key: row.key,
        name: groupName(groupBy, row.key, row.region_name),
        organisationsExpected: row.expected,
        organisationsReported: row.reported,
        ...pooledFields(row, policy),
        distribution: { min: row.min, p25: row.p25, median: row.median, p75: row.p75, max: row.max },
        previousYear: {
            ratio: row.previous_staff_wte === null
                ? null
                : ratioOf(new Decimal(row.previous_staff_wte), new Decimal(row.previous_qualified_wte)),
        },
    }));
    return { year: formatYear(year), policy, groups };
}
export function buildTrends(groupBy, rows) {
    const groups = new Map();
    for (const row of rows) {
        let group = groups.get(row.key);
        if (!group) {
            group = { key: row.key, name: groupName(groupBy, row.key, row.region_name), points: [] };
            groups.set(row.key, group);
        }
        group.points.push({ year: formatYear(row.year), organisationsReported: row.reported, ...pooledFields(row, policyOf(row)) });
    }
    return { groups: [...groups.values()] };
}
//# sourceMappingURL=monitoring.js.map