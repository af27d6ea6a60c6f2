#!/usr/bin/python3
"""Writes country-codes.json: how a user's map file may name a country, for each ISO 3166-1 code.

geobrief's stories key countries by ISO 3166-1 numeric code ("392" Japan). A user's file may
identify its countries by that code, by alpha-3 ("JPN"), alpha-2 ("JP") or by name ("Japan",
"Dem. Rep. Korea"). This table lets geobrief map any of them to the numeric code:
- codes and names from Debian's iso-codes (name, common name, official name);
- Natural Earth's short map names and the Spanish names from country-labels.json (made by
  country_labels.py), so files derived from Natural Earth match by name too.

Usage: country_codes.py country-labels.json out.json (run by shapes/rebuild.sh; needs iso-codes)
"""
import json
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"


def main(labels_path, out_path):
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(labels_path, encoding="utf-8") as f:
        labels = {c["id"]: c for c in json.load(f)["countries"] if c["id"]}
    countries = []
    for entry in sorted(iso, key=lambda e: e["numeric"]):
        names = [entry.get(k) for k in ("common_name", "name", "official_name")]  # the first is what messages call it
        label = labels.get(entry["numeric"])
        if label:
            names += [label["en"], label["es"]]
        unique = []
        for name in names:
            if name and name not in unique:
                unique.append(name)
        countries.append({"numeric": entry["numeric"], "alpha3": entry["alpha_3"], "alpha2": entry["alpha_2"],
                          "names": unique})
    document = {
        "source": "ISO 3166-1 codes and names from Debian iso-codes (" + ISO_JSON +
                  "); Natural Earth's map names and the Spanish names from country-labels.json",
        "countries": countries,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=0)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
