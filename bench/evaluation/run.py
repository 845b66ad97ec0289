#!/usr/bin/env python3
"""Balance dashboard benchmark through the REST API (issue 14: a region of 300 schools < 300 ms).

Against a server started with the `bench-city` profile: signs in as the bench COMMISSION user and
times, sequentially after a warm-up, the region's balance view (every indicator's CV and all 300
schools against the minimums), the trend over three years, one indicator's arithmetic, the best
next steps and the Excel export. Prints p50/p95/max per call. Python 3 standard library only.
"""
import argparse
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "enrollment"))
from run import Api  # noqa: E402  the signed-in session helper of the enrollment benchmark


def measure(api, path, requests, raw=False):
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        if raw:
            api.opener.open(api.base + path, timeout=600).read()
        else:
            api.call("GET", path)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "p50": statistics.median(times),
        "p95": times[max(0, int(len(times) * 0.95) - 1)],
        "max": times[-1],
        "n": len(times),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:18080")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--json")
    args = parser.parse_args()
    api = Api(args.base)
    api.login("bench", os.environ.get("XUEQU_BENCH_PASSWORD", "Haidian@2026"))
    query = "year=2026&level=PRIMARY&standard=2017"
    view = api.call("GET", "/api/evaluation/balance?" + query)
    print(f"region: {view['scopeName']}, {view['schools']} schools, {view['pupils']:.0f} pupils; "
          f"CV test {'passes' if view['cvPasses'] else 'fails'}; schools passing {view['schoolsPassing']}")
    if view["schools"] < 300:
        raise SystemExit(f"expected 300 schools, got {view['schools']}")
    calls = {
        "balance (300 schools)": ("/api/evaluation/balance?" + query, args.requests, False),
        "trend (3 years)": ("/api/evaluation/balance/trend?level=PRIMARY&standard=2017", args.requests // 2, False),
        "arithmetic (one indicator)": (
            "/api/evaluation/balance/arithmetic?" + query + "&indicator=SPORTS_AREA_M2", args.requests // 2, False),
        "suggestions": ("/api/evaluation/balance/suggestions?" + query, args.requests // 4, False),
        "export.xlsx": ("/api/evaluation/balance/export.xlsx?" + query, 10, True),
    }
    results = {}
    for label, (path, n, raw) in calls.items():
        measure(api, path, args.warmup if n >= args.warmup else 2, raw)
        results[label] = measure(api, path, max(n, 1), raw)
        r = results[label]
        print(f"{label:30s} p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms  max {r['max']:7.1f} ms  (n={r['n']})")
    with open("/proc/loadavg") as load:
        print("load average:", load.read().split()[:3])
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)
    if results["balance (300 schools)"]["p95"] >= 300:
        raise SystemExit("balance p95 is not under 300 ms")


if __name__ == "__main__":
    main()
