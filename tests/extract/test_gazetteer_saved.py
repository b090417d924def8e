"""The gazetteer read back from the data dir is jionlp's own, and a process that finds it imports no jionlp."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_process_reads_places_without_jionlp(tmp_path):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path)}
    probe = ("import sys, json\nfrom assistant.extract.places import cities_in, city_of\n"
             "out = [cities_in('我在萧山上班，老家宁波北仑，后来去了上海'), city_of('余杭'), city_of('西湖')]\n"
             "print(json.dumps({'out': out, 'jionlp': 'jionlp' in sys.modules}, ensure_ascii=False))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                                      text=True, timeout=300, check=True).stdout.strip().splitlines()[-1])
            for _ in range(2)]
    assert runs[0]["jionlp"] and not runs[1]["jionlp"]
    assert runs[1]["out"] == runs[0]["out"]
    assert runs[0]["out"][1][0] == "杭州"
    assert list(tmp_path.glob("models/jionlp-locations-*.json"))
