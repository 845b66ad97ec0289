#!/usr/bin/env python3
"""Replays the outside tester's findings of issue 11 against a running demo jar (standard library only).

    java -jar server/target/xuequ.jar --spring.profiles.active=demo --xuequ.security.trust-forwarded-for=true
    (in another shell, fresh ./data; the probe speaks from many client addresses through X-Forwarded-For)
    python3 bench/security/probe.py [http://localhost:8080]

Each check prints PASS or FAIL with what it saw; the exit code is the number of failures. It locks the
demo user `changan` for the lock-out period (xuequ.security.lock-duration) on purpose.
"""
import concurrent.futures
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.request

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080").rstrip("/")
PASSWORD = "Xuequ@2026"
failures = 0


class Client:
    """A browser-like session: cookies, the CSRF header on writes, a client address of its own."""

    def __init__(self, address="198.51.100.1"):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.address = address

    def call(self, method, path, body=None, raw_path=False):
        if method != "GET" and not any(c.name == "XSRF-TOKEN" for c in self.jar):
            self.call("GET", "/api/platform/auth/csrf")
        headers = {"Accept": "application/json", "X-Forwarded-For": self.address}
        token = next((c.value for c in self.jar if c.name == "XSRF-TOKEN"), None)
        if token:
            headers["X-XSRF-TOKEN"] = token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=120) as response:
                return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode("utf-8", "replace")

    def json(self, method, path, body=None):
        status, _, text = self.call(method, path, body)
        try:
            return status, json.loads(text) if text else None
        except ValueError:
            return status, text


def signed_in(username, address):
    client = Client(address)
    status, _ = client.json("POST", "/api/platform/auth/login", {"username": username, "password": PASSWORD})
    if status != 200:
        raise SystemExit(f"cannot sign in as {username}: {status}")
    return client


def check(name, ok, seen):
    global failures
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else f"  — saw {seen}"))
    failures += 0 if ok else 1


def main():
    inspector = signed_in("inspector", "198.51.100.10")
    museum = signed_in("museum", "198.51.100.11")
    school = signed_in("school", "198.51.100.12")
    commission = signed_in("xicheng", "198.51.100.13")

    # 1. Registry writes by read-only and partner roles; a school moving itself.
    _, units = commission.json("GET", "/api/registry/units?size=1")
    unit = units["content"][0]
    for who, client in (("inspector", inspector), ("museum", museum)):
        status, _ = client.json("PUT", f"/api/registry/units/{unit['id']}/seats",
                                {"year": 2027, "entryGrade": "PRIMARY_1", "seats": 1})
        check(f"1 {who} cannot change seats", status == 403, status)
        status, _ = client.json("POST", "/api/registry/units", {"name": "探针学校", "type": "PRIMARY", "ownership": "PUBLIC"})
        check(f"1 {who} cannot create units", status == 403, status)
    _, me = school.json("GET", "/api/platform/auth/me")
    own = school.json("GET", f"/api/registry/units/{me['scope']['unitId']}")[1]
    _, districts = commission.json("GET", "/api/registry/districts?size=50")
    other = next(d["id"] for d in districts["content"] if d["id"] != own["districtId"] and d["kind"] == "PRIMARY")
    moved = dict(own, districtId=other)
    status, body = school.json("PUT", f"/api/registry/units/{own['id']}", moved)
    check("1 a school cannot move itself into another district", status == 403, (status, body))

    # 2. Masked numbers cannot be rebuilt from what sits beside them.
    _, cycles = inspector.json("GET", "/api/enrollment/cycles")
    cycle = cycles[0]["id"]
    _, children = inspector.json("GET", f"/api/enrollment/children?cycleId={cycle}&size=50")
    rows = children["content"]
    leaks = [r for r in rows if not re.fullmatch(r"\d{6}\*{12}", r.get("idNumber") or "")
             or re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(r.get("birthDate") or ""))]
    check("2 the inspector's children show region digits only and no birth day", rows and not leaks, leaks[:2])

    # 3. Institutions read nothing of enrollment.
    _, runs = commission.json("GET", f"/api/enrollment/runs?cycleId={cycle}")
    run = runs[0]["id"] if runs else 1
    status, _ = museum.json("GET", f"/api/enrollment/runs/{run}/results")
    check("3 an institution cannot read results", status == 403, status)

    # 5. Lock-out holds under 40 parallel attempts, one with the right password.
    def attempt(i):
        c = Client(f"203.0.113.{i + 1}")
        password = PASSWORD if i == 20 else f"wrong-{i}"
        return c.json("POST", "/api/platform/auth/login", {"username": "changan", "password": password})[0]
    with concurrent.futures.ThreadPoolExecutor(40) as pool:
        statuses = list(pool.map(attempt, range(40)))
    status, _ = Client("203.0.113.200").json("POST", "/api/platform/auth/login", {"username": "changan", "password": PASSWORD})
    check("5 40 parallel sign-ins (39 wrong) leave the account locked", status != 200 and statuses.count(200) <= 1,
          (statuses.count(200), status))

    def made_up(name, address):
        answers = []
        for _ in range(7):
            s, b = Client(address).json("POST", "/api/platform/auth/login", {"username": name, "password": "wrong-password"})
            answers.append((s, b.get("type") if isinstance(b, dict) else b))
        return answers
    check("5 a made-up username answers exactly like a real one",
          made_up("nobody-at-all-" + str(run), "203.0.113.201") == made_up("xueqian1", "203.0.113.202"), "different")

    def family(i):
        c = Client(f"192.0.2.{i + 1}")
        return c.json("POST", "/api/public/enrollment/family/sign-in",
                      {"idNumber": "11010220210315001X", "accessCode": f"WRONG{i:03d}"})[0]
    with concurrent.futures.ThreadPoolExecutor(30) as pool:
        statuses = list(pool.map(family, range(30)))
    check("5 30 parallel wrong family codes: no conflicts, no server errors",
          all(s in (401, 429) for s in statuses), sorted(set(statuses)))

    status, _ = Client("192.0.2.200").json("GET", f"/api/public/enrollment/runs/{run}/result?number=2027P-000001")
    check("5 the old look-up by number in the query string is gone", status in (404, 405), status)
    status, _ = Client("192.0.2.201").json("POST", f"/api/public/enrollment/runs/{run}/result", {"number": "2027P-000001"})
    check("5 a result look-up by number alone is refused", status == 400, status)

    # 6/7. Edges.
    status, _ = commission.json("GET", "/api/platform/users?sort=password")
    check("7 ?sort=password is a 400", status == 400, status)
    status, headers, text = Client().call("GET", "/error")
    check("7 /error is an RFC 9457 problem", "problem+json" in headers.get("Content-Type", ""), (status, text[:80]))
    status, headers, text = Client().call("GET", "/api/registry/units/%2f..%2f")
    check("7 a firewall rejection is an RFC 9457 problem", "problem+json" in headers.get("Content-Type", ""), (status, text[:80]))
    status, headers, _ = Client().call("GET", "/")
    check("7 CSP and Referrer-Policy on the console", "Content-Security-Policy" in headers and "Referrer-Policy" in headers,
          sorted(headers))

    print(f"{failures} failure(s)")
    sys.exit(failures)


if __name__ == "__main__":
    main()
