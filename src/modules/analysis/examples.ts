/*
 * Examples for the OpenAPI document: real answers of the demo data (`npm start -- --demo`), lists
 * cut short. tests/openapi.test.ts checks that each is valid against its own response schema.
 */

/** GET /v1/monitoring/2024-25/organisations?change=worsening&band=flagged&sort=-change&limit=1 */
export const benchmark = {
  "data": [
    {
      "odsCode": "ZD097",
      "name": "Synthetic Integrated Care Trust 097 (demo data)",
      "regionCode": "Y63",
      "type": "integrated",
      "staffWte": 5683.52,
      "qualifiedWte": 2.39,
      "ratio": 2378.041841004184,
      "ratioDisplay": "1:2,378",
      "band": "flagged",
      "gapWte": 2.16,
      "libraryService": null,
      "rank": 196,
      "regionRank": 29,
      "quintile": 5,
      "vsEngland": 1.5837227024052056,
      "change": {
        "staffWte": 321.1,
        "qualifiedWte": -0.17,
        "ratio": 0.13526861248665925,
        "previousBand": "flagged",
        "direction": "worsening"
      }
    }
  ],
  "meta": {
    "total": 14,
    "limit": 1,
    "offset": 0
  },
  "year": "2024-25",
  "nationalRatio": 1501.551905136324,
  "materiality": 0.05,
  "status": "published",
  "asAt": "2026-12-02T04:30:38.225Z",
  "publication": "/v1/publications/2024-25/versions/1"
};

/** GET /v1/monitoring/projections?to=2030-31&until=2024-25 (basis and projected points cut to their last two) */
export const projections = {
  "groupBy": "national",
  "to": "2030-31",
  "method": "Ordinary least squares: a straight line fitted, in exact decimals, to each of the group's pooled staff WTE and pooled qualified WTE over its last 5 reported years, counted back from 2024-25 (the latest year with returns up to 2024-25, as asked by until). Each projected ratio is fitted staff ÷ fitted qualified (unrounded), banded under that year's policy; a fitted WTE below zero counts as zero. Pooled figures are sums over the organisations that reported each year, so a year few have reported yet pulls the lines down: basis.points shows each year's organisationsReported. A group with fewer than 3 reported years is not projected (omitted).",
  "groups": [
    {
      "key": "national",
      "name": "England",
      "basis": {
        "from": "2020-21",
        "to": "2024-25",
        "years": 5,
        "points": [
          {
            "year": "2023-24",
            "organisationsReported": 218,
            "staffWte": 1391301.89,
            "qualifiedWte": 903.68,
            "ratio": 1539.595752921388,
            "band": "short_of_target"
          },
          {
            "year": "2024-25",
            "organisationsReported": 218,
            "staffWte": 1413170.56,
            "qualifiedWte": 941.14,
            "ratio": 1501.551905136324,
            "band": "short_of_target"
          }
        ]
      },
      "points": [
        {
          "year": "2029-30",
          "staffWte": 1505834.31,
          "qualifiedWte": 1103.96,
          "ratio": 1364.0273025701972,
          "band": "short_of_target"
        },
        {
          "year": "2030-31",
          "staffWte": 1524628.67,
          "qualifiedWte": 1136.98,
          "ratio": 1340.945902302591,
          "band": "short_of_target"
        }
      ],
      "targetMetIn": null,
      "wteNeeded": {
        "byYear": "2030-31",
        "qualifiedWte": 1219.7,
        "additionalWte": 278.56
      }
    }
  ],
  "omitted": []
};

/** GET /v1/monitoring/2024-25/scenario?targetRatio=1500&flagThreshold=2000&staffGrowth=0.03&yearsAhead=5 */
export const scenario = {
  "year": "2024-25",
  "policy": {
    "flagThreshold": 2000,
    "targetRatio": 1500
  },
  "inForce": {
    "effectiveFrom": "2018-19",
    "flagThreshold": 1730,
    "targetRatio": 1250
  },
  "staffGrowth": 0.03,
  "yearsAhead": 5,
  "growthFactor": 1.1592740743,
  "groups": [
    {
      "key": "national",
      "name": "England",
      "organisationsExpected": 218,
      "organisationsReported": 218,
      "staffWte": 1638252.02,
      "qualifiedWte": 941.14,
      "ratio": 1740.710223771171,
      "ratioDisplay": "1:1,741",
      "band": "short_of_target",
      "flagged": false,
      "gapWte": 202.75,
      "counts": {
        "meetsTarget": 47,
        "shortOfTarget": 84,
        "flagged": 87,
        "noQualifiedStaff": 3
      },
      "distribution": {
        "min": 804.7817679558011,
        "p25": 1524.6268367522102,
        "median": 1802.0560606060606,
        "p75": 2215.495016611296,
        "max": 4115.304761904762
      },
      "previousYear": {
        "ratio": 1539.595752921388
      }
    }
  ],
  "status": "published",
  "asAt": "2026-12-02T04:30:38.225Z",
  "publication": "/v1/publications/2024-25/versions/1"
};

export const examples = { benchmark, projections, scenario };
