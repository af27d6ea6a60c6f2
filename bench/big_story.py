#!/usr/bin/env python3
"""Writes a bench story: the real story plus 2,000 towns and 5,000 flows between them (issue 16's
scale case). Made-up places and flows for measuring only: the names say so ("Bench town 17"),
and the file is written to the path given, never into assets/.

    python3 bench/big_story.py OUT.json [PLACES] [FLOWS]
"""
import json
import random
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
out = Path(sys.argv[1])
places_wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
flows_wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
story = json.loads((root / "assets/stories/eu-japan-dprk.json").read_text(encoding="utf-8"))
rng = random.Random(16)
source = story["flows"][-1]["sources"][:1]
confidence = {"level": "reported", "by": {"en": "the bench", "es": "el banco de pruebas"}, "date": "2024-10-01"}

towns = []
for i in range(places_wanted):
    towns.append({
        "id": f"bench-{i}", "name": {"en": f"Bench town {i}", "es": f"Pueblo de prueba {i}"},
        "lon": round(rng.uniform(20, 140), 4), "lat": round(rng.uniform(30, 62), 4), "kind": "town",
        "labelPriority": 1, "confidence": confidence,
        "details": {"en": "A made-up place for the benchmark.", "es": "Un lugar inventado para la prueba."}})
story["places"] += towns

styles = [s["id"] for s in story["flowStyles"]]
for i in range(flows_wanted):
    a, b = rng.sample(towns, 2)
    start = rng.randint(1, 28)
    story["flows"].append({
        "id": f"bench-flow-{i}", "kind": "troops", "route": [a["id"], b["id"]],
        "legDates": [{"from": f"2024-10-{start:02d}", "to": f"2024-11-{rng.randint(1, 14):02d}"}],
        "path": rng.choice(["geodesic", "arc"]), "style": styles[i % len(styles)], "schematic": True,
        "label": {"en": f"Bench flow {i}", "es": f"Flujo de prueba {i}"},
        "details": {"en": "A made-up flow for the benchmark.", "es": "Un flujo inventado para la prueba."},
        "confidence": confidence, "sources": source})

out.write_text(json.dumps(story, ensure_ascii=False), encoding="utf-8")
print(f"{out}: {len(story['places'])} places, {len(story['flows'])} flows")
