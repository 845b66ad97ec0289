#!/usr/bin/env python3
"""Region-scale enrollment benchmark through the REST API (issue 5).

Against a server started with the `bench-city` profile: signs in as the bench COMMISSION user,
creates an allocation run for the bench cycle, commits it (inputs frozen), executes it (the draw
and the bulk write of every result, one transaction, as a job polled until done), then reads the
first page of results and one explanation. Prints wall time per step and the measured total
(commit + execute + first results page), and checks that the run has the expected applicants.

Python 3 standard library only.
"""
import argparse
import http.cookiejar
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class Api:
    """A signed-in session: cookie jar for the session cookie, CSRF header from the XSRF-TOKEN cookie."""

    def __init__(self, base):
        self.base = base.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def _xsrf(self):
        for cookie in self.cookies:
            if cookie.name == "XSRF-TOKEN":
                return cookie.value
        return None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        token = self._xsrf()
        if token and method != "GET":
            request.add_header("X-XSRF-TOKEN", token)
        try:
            with self.opener.open(request, timeout=600) as response:
                text = response.read().decode()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            detail = error.read().decode(errors="replace")
            raise SystemExit(f"{method} {path} -> HTTP {error.code}: {detail[:2000]}")

    def login(self, username, password):
        self.call("GET", "/api/platform/auth/csrf")
        me = self.call("POST", "/api/platform/auth/login", {"username": username, "password": password})
        self.call("GET", "/api/platform/auth/csrf")  # the token is rotated at sign-in
        return me


def timed(label, timings, work):
    start = time.perf_counter()
    result = work()
    timings[label] = time.perf_counter() - start
    print(f"  {label:<28} {timings[label]:8.2f} s", flush=True)
    return result


def wait_for_job(api, job_id, poll):
    """Polls the job until it leaves RUNNING; answers the final job view and the phases seen (with when)."""
    start = time.perf_counter()
    phases = []
    while True:
        job = api.call("GET", f"/api/platform/jobs/{job_id}")
        if job.get("phase") and (not phases or phases[-1][0] != job["phase"]):
            phases.append((job["phase"], time.perf_counter() - start))
        if job["state"] != "RUNNING":
            return job, phases
        time.sleep(poll)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://localhost:18080")
    parser.add_argument("--user", default="bench")
    parser.add_argument("--password", default=os.environ.get("XUEQU_BENCH_PASSWORD", "Haidian@2026"))
    parser.add_argument("--region", default="110108")
    parser.add_argument("--mechanism", default="DA", choices=["DA", "BOSTON", "SERIAL"])
    parser.add_argument("--expect", type=int, default=100_000, help="applicants the run must have")
    parser.add_argument("--repeat-execute", type=int, default=1,
                        help="extra executions of the same run (same seed and inputs: the result must not change)")
    parser.add_argument("--poll", type=float, default=0.2, help="seconds between job polls")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    api = Api(args.base)
    timings = {}
    print(f"Enrollment benchmark against {args.base} ({args.mechanism})")
    timed("login", timings, lambda: api.login(args.user, args.password))
    cycles = [c for c in api.call("GET", "/api/enrollment/cycles") if c["regionCode"] == args.region]
    if not cycles:
        raise SystemExit(f"no cycle of region {args.region}: is the server running with the bench-city profile?")
    cycle = cycles[0]
    print(f"  cycle {cycle['id']} {cycle['name']}: {cycle['counts']}")

    run = timed("create run", timings, lambda: api.call("POST", "/api/enrollment/runs", {
        "cycleId": cycle["id"], "name": f"基准测试 {time.strftime('%Y-%m-%d %H:%M:%S')}", "mechanism": args.mechanism}))
    run = timed("commit (freeze inputs)", timings,
                lambda: api.call("POST", f"/api/enrollment/runs/{run['id']}/commit", {"version": run["version"]}))
    checks = {"applicants": run["applicants"] == args.expect}

    def execute(version):
        job_id = api.call("POST", f"/api/enrollment/runs/{run['id']}/execute", {"version": version})["jobId"]
        job, phases = wait_for_job(api, job_id, args.poll)
        if job["state"] != "SUCCEEDED":
            raise SystemExit(f"job {job_id} ended {job['state']}: {json.dumps(job, ensure_ascii=False)[:2000]}")
        return phases

    phases = timed("execute (draw + persist)", timings, lambda: execute(run["version"]))
    print("    job phases seen at: " + ", ".join(f"{p} {t:.1f}s" for p, t in phases))
    run = api.call("GET", f"/api/enrollment/runs/{run['id']}")
    page = timed("results, first page", timings,
                 lambda: api.call("GET", f"/api/enrollment/runs/{run['id']}/results?page=0&size=20"))
    checks["results total"] = page["page"]["totalElements"] == args.expect
    number = page["content"][0]["applicationNumber"]
    explanation = timed("one explanation", timings, lambda: api.call(
        "GET", f"/api/enrollment/runs/{run['id']}/results/{urllib.parse.quote(number)}/explanation"))
    schools = timed("per-school cutoffs", timings, lambda: api.call("GET", f"/api/enrollment/runs/{run['id']}/schools"))

    for i in range(args.repeat_execute):
        timed(f"execute again #{i + 1}", timings, lambda: execute(run["version"]))
        again = api.call("GET", f"/api/enrollment/runs/{run['id']}")
        first = api.call("GET", f"/api/enrollment/runs/{run['id']}/results?page=0&size=20")
        checks[f"repeat #{i + 1} same result"] = (again["placed"] == run["placed"]
                                                  and first["content"] == page["content"])
        run = again

    measured = timings["commit (freeze inputs)"] + timings["execute (draw + persist)"] + timings["results, first page"]
    print(f"  {'TOTAL commit+execute+page':<28} {measured:8.2f} s")
    print(f"  run {run['id']}: applicants {run['applicants']}, placed {run['placed']}, unplaced {run['unplaced']}, "
          f"schools {len(schools)}; explanation of {number}: {len(explanation.get('lines', []))} lines")
    full = sum(1 for s in schools if s["admitted"] >= s["seats"])
    cutoffs = {}
    for s in schools:
        label = (s["cutoff"] or {}).get("tierLabel") or ("-" if not s["cutoff"] else f"tier {s['cutoff']['tier']}")
        cutoffs[label] = cutoffs.get(label, 0) + 1
    print(f"  schools full: {full} of {len(schools)}; choice-stage cutoff tier per school: "
          + ", ".join(f"{k} {v}" for k, v in sorted(cutoffs.items(), key=lambda kv: -kv[1])))
    for name, ok in checks.items():
        print(f"  check {name}: {'ok' if ok else 'FAILED'}")
    figures = {"mechanism": args.mechanism, "applicants": run["applicants"], "placed": run["placed"],
               "unplaced": run["unplaced"], "seconds": {k: round(v, 3) for k, v in timings.items()},
               "measured_seconds": round(measured, 3), "checks": checks}
    if args.json:
        with open(args.json, "w") as out:
            json.dump(figures, out, ensure_ascii=False, indent=2)
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
