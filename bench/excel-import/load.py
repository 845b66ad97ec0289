#!/usr/bin/env python3
"""Load run for the registry's Excel import: builds an N-row address-block workbook and times
its import against a running server (the import path of issue 3: 50,000 rows in under 20 s).

No dependencies beyond Python 3: an .xlsx is a zip of XML, written here with inline strings.

    java -jar server/target/xuequ.jar --xuequ.embedded-postgres.data-directory=/tmp/xuequ-bench \
         --xuequ.security.admin-password=Bench-Admin-Password-1 &
    python3 bench/excel-import/load.py --rows 50000 --password Bench-Admin-Password-1

It imports the file three times: synchronously (all rows created), again (all rows unchanged:
export-then-import is a no-op), and once as a background job polled for progress; then it times
the export. Measured on 2 cores / 24 GB, -Xmx384m, fresh embedded PostgreSQL: see README.md here.
"""
import argparse
import http.cookiejar
import json
import os
import random
import tempfile
import time
import urllib.request
import uuid
import zipfile
from xml.sax.saxutils import escape

XICHENG_SUBDISTRICTS = ["110102001", "110102003", "110102007", "110102009", "110102010", "110102011",
                        "110102012", "110102013", "110102014", "110102015", "110102016", "110102017",
                        "110102018", "110102019", "110102020"]
HEADERS = ["街道代码", "社区", "小区/门牌段", "经度", "纬度", "户数"]


def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def column(i):
    return "ABCDEF"[i]


def build(path, rows, tag):
    rng = random.Random(2026)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>""")
        z.writestr("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""")
        z.writestr("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="blocks" sheetId="1" r:id="rId1"/></sheets></workbook>""")
        z.writestr("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>""")
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
                 f'<dimension ref="A1:F{rows + 1}"/><sheetData>',
                 '<row r="1">' + "".join(cell(f"{column(i)}1", h) for i, h in enumerate(HEADERS)) + "</row>"]
        for n in range(1, rows + 1):
            r = n + 1
            values = [XICHENG_SUBDISTRICTS[n % len(XICHENG_SUBDISTRICTS)], f"第{n % 263}社区",
                      f"{tag}路{n}号", round(116.30 + rng.random() * 0.10, 6),
                      round(39.86 + rng.random() * 0.09, 6), rng.randint(0, 900)]
            lines.append(f'<row r="{r}">' + "".join(cell(f"{column(i)}{r}", v) for i, v in enumerate(values)) + "</row>")
        lines.append("</sheetData></worksheet>")
        z.writestr("xl/worksheets/sheet1.xml", "\n".join(lines))


class Client:
    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def xsrf(self):
        return next((c.value for c in self.cookies if c.name == "XSRF-TOKEN"), "")

    def call(self, method, path, body=None, content_type=None):
        request = urllib.request.Request(self.base + path, data=body, method=method)
        request.add_header("X-XSRF-TOKEN", self.xsrf())
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with self.opener.open(request) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def login(self, username, password):
        self.call("GET", "/api/platform/auth/csrf")
        status, body = self.call("POST", "/api/platform/auth/login",
                                 json.dumps({"username": username, "password": password}).encode(), "application/json")
        if status != 200:
            raise SystemExit(f"login failed: {status} {body[:300]!r}")
        self.call("GET", "/api/platform/auth/csrf")

    def upload(self, path, file):
        boundary = uuid.uuid4().hex
        with open(file, "rb") as f:
            data = f.read()
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"blocks.xlsx\"\r\n"
                f"Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode() \
            + data + f"\r\n--{boundary}--\r\n".encode()
        return self.call("POST", path, body, f"multipart/form-data; boundary={boundary}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", required=True)
    args = parser.parse_args()

    tag = "压测" + uuid.uuid4().hex[:6]
    file = os.path.join(tempfile.gettempdir(), f"xuequ-blocks-{args.rows}.xlsx")
    started = time.perf_counter()
    build(file, args.rows, tag)
    print(f"built {args.rows} rows, {os.path.getsize(file) / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")

    client = Client(args.base)
    client.login(args.user, args.password)
    for label in ("first import (creates)", "second import (no-op)"):
        started = time.perf_counter()
        status, body = client.upload("/api/registry/excel/address-blocks", file)
        print(f"{label}: HTTP {status} in {time.perf_counter() - started:.2f} s: {body[:200].decode()}")

    started = time.perf_counter()
    status, body = client.upload("/api/registry/excel/address-blocks?async=true", file)
    job = json.loads(body)["jobId"]
    while True:
        status, body = client.call("GET", f"/api/platform/jobs/{job}")
        state = json.loads(body)
        if state["state"] != "RUNNING":
            break
        print(f"  job {state['phase']}: {state['processed']}/{state['total']}")
        time.sleep(0.5)
    print(f"job: {state['state']} in {time.perf_counter() - started:.2f} s: {json.dumps(state.get('result'))}")

    started = time.perf_counter()
    status, body = client.call("GET", "/api/registry/excel/address-blocks")
    print(f"export of every block in scope: HTTP {status}, {len(body) / 1e6:.1f} MB in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
