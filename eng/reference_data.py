"""Checks and installs refreshed reference data for eng/update-reference-data.sh (which documents the rules).

  check             fetch the new ECB history and NBU days, check them, stage the new files and a summary
  compare-coverage  compare the aidtracker tool's coverage of the staged ECB file with the summary
  install           rename the staged files over the old ones, then update the data folder's README.md
"""
import argparse
import datetime
import gzip
import io
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
import zipfile
from decimal import Decimal

ECB_FILE = "ecb-eurofxref-hist.csv"
NBU_FILE = "nbu-official-uah-rates.csv.gz"
SUMMARY = "summary.json"
NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")  # the NBU archive writes small rates as JSON did: 3.95e-06
CODE = re.compile(r"[A-Z]{3}|___")  # the NBU archive has a column "___": entries without a letter code


class CheckFailed(Exception):
    """A download or a check failed: the message names the file, line or day."""


def say(message):
    print(f"update-reference-data: {message}", flush=True)


def fetch(location, what):
    """The bytes at a URL or in a local file."""
    if re.match(r"https?://", location):
        request = urllib.request.Request(location, headers={"User-Agent": "aidtracker-update-reference-data"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.read()
        except OSError as error:
            raise CheckFailed(f"{what}: could not download {location}: {error}") from error
    try:
        with open(location, "rb") as file:
            return file.read()
    except OSError as error:
        raise CheckFailed(f"{what}: could not read {location}: {error.strerror}") from error


def parse_wide(text, name, trailing_comma):
    """Parses a wide rate file (Date,AAA,BBB,... newest first). Returns (columns, [(date, values, line)])."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith("Date,"):
        raise CheckFailed(f"{name}: line 1 is not a header starting with 'Date,': '{lines[0][:60] if lines else ''}'.")
    header = lines[0].split(",")
    if trailing_comma:
        if header[-1] != "":
            raise CheckFailed(f"{name}: the header does not end with a comma, as the ECB's file does.")
        header = header[:-1]
    columns = header[1:]
    for code in columns:
        if not CODE.fullmatch(code):
            raise CheckFailed(f"{name}: the header has a column '{code}' that is not a currency code.")
    if len(set(columns)) != len(columns):
        raise CheckFailed(f"{name}: the header names a currency twice.")
    rows = []
    previous = None
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split(",")
        if trailing_comma:
            if fields[-1] != "":
                raise CheckFailed(f"{name}: line {number} does not end with a comma: '{line[:60]}'.")
            fields = fields[:-1]
        if len(fields) != len(columns) + 1:
            raise CheckFailed(f"{name}: line {number} has {len(fields) - 1} values for {len(columns)} currencies: '{line[:60]}'.")
        try:
            date = datetime.date.fromisoformat(fields[0])
        except ValueError:
            raise CheckFailed(f"{name}: line {number} has a date '{fields[0]}' that is not YYYY-MM-DD.") from None
        if previous is not None and date >= previous:
            raise CheckFailed(f"{name}: line {number} ({date}) is not older than the line before it ({previous}): the dates must be newest first, each once.")
        previous = date
        for code, value in zip(columns, fields[1:]):
            if value != "N/A" and not positive(value):
                raise CheckFailed(f"{name}: line {number} ({date}) has {code} '{value}', which is neither N/A nor a positive decimal.")
        rows.append((date, fields[1:], line))
    if not rows:
        raise CheckFailed(f"{name}: the file has a header and no rates.")
    return columns, rows


def positive(value):
    return NUMBER.fullmatch(value) is not None and Decimal(value) > 0


def summary_of(columns, rows):
    counts = {code: sum(1 for _, values, _ in rows if values[i] != "N/A") for i, code in enumerate(columns)}
    return {"first": rows[-1][0].isoformat(), "last": rows[0][0].isoformat(), "days": len(rows),
            "counts": {code: count for code, count in counts.items() if count > 0}}


def check_covers(name, old_columns, old_rows, new_columns, new_rows):
    """The new file keeps every currency and every date of the old one."""
    lost = [code for code in old_columns if code not in new_columns]
    if lost:
        raise CheckFailed(f"{name}: the new file lacks the currencies {', '.join(lost)} of the file it would replace.")
    new_dates = {date for date, _, _ in new_rows}
    missing = [date for date, _, _ in old_rows if date not in new_dates]
    if missing:
        raise CheckFailed(
            f"{name}: the new file covers {new_rows[-1][0]} .. {new_rows[0][0]} and lacks {len(missing)} dates of the file it would "
            f"replace ({old_rows[-1][0]} .. {old_rows[0][0]}), e.g. {missing[0]}.")


def check_ecb(location, data_dir, stage):
    received = fetch(location, "ECB")
    if received[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(received)) as archive:
                members = [m for m in archive.namelist() if m.lower().endswith(".csv")]
                if len(members) != 1:
                    raise CheckFailed(f"ECB: the zip {location} holds {len(members)} CSV files, not one.")
                received = archive.read(members[0])
        except zipfile.BadZipFile as error:
            raise CheckFailed(f"ECB: {location} is not a readable zip: {error}") from error
    try:
        text = received.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CheckFailed(f"ECB: {location} is not UTF-8 text: {error}") from error
    with open(os.path.join(data_dir, ECB_FILE), "rb") as file:
        old = file.read()
    old_columns, old_rows = parse_wide(old.decode("utf-8"), f"{ECB_FILE} (in the data folder)", trailing_comma=True)
    columns, rows = parse_wide(text, f"ECB file {location}", trailing_comma=True)
    check_covers(f"ECB file {location}", old_columns, old_rows, columns, rows)
    summary = summary_of(columns, rows)
    if received == old:
        say(f"ECB: already current ({summary['first']} .. {summary['last']}, {summary['days']:,} days)")
        return None
    with open(os.path.join(stage, ECB_FILE), "wb") as file:
        file.write(received)
    say(f"ECB: checked {summary['first']} .. {summary['last']}, {summary['days']:,} days, {len(columns)} currencies "
        f"(was {old_rows[-1][0]} .. {old_rows[0][0]}, {len(old_rows):,} days)")
    return summary


def nbu_day(location, day):
    """The rates of one NBU day as {code: text}, or None when the source has none for that day."""
    stamp = day.strftime("%Y%m%d")
    if re.match(r"https?://", location):
        if "{date}" not in location:
            raise CheckFailed(f"NBU: the URL {location} has no {{date}} to put the day in.")
        raw = fetch(location.replace("{date}", stamp), f"NBU {day}")
    else:
        path = os.path.join(location, f"exchange-{stamp}.json")
        if not os.path.exists(path):
            return None
        raw = fetch(path, f"NBU {day}")
    try:
        answer = json.loads(raw.decode("utf-8-sig"), parse_float=str, parse_int=str)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CheckFailed(f"NBU {day}: the answer is not JSON: {error}") from error
    if not isinstance(answer, list):
        raise CheckFailed(f"NBU {day}: the answer is not a JSON array of rates.")
    if not answer:
        return None
    rates = {}
    expected = day.strftime("%d.%m.%Y")
    for item in answer:
        code, rate, date = (item.get(k) if isinstance(item, dict) else None for k in ("cc", "rate", "exchangedate"))
        if not isinstance(code, str) or not CODE.fullmatch(code):
            raise CheckFailed(f"NBU {day}: an entry has no currency code: {str(item)[:80]}.")
        if date != expected:
            raise CheckFailed(f"NBU {day}: the {code} entry is for '{date}', not {expected}.")
        text = rate if isinstance(rate, str) else ""
        if not positive(text):
            raise CheckFailed(f"NBU {day}: {code} has a rate '{rate}' that is not a positive number.")
        if rates.get(code, text) != text:
            raise CheckFailed(f"NBU {day}: {code} has two different rates, {rates[code]} and {text}.")
        rates[code] = text
    return rates


def check_nbu(location, until, data_dir, stage):
    with gzip.open(os.path.join(data_dir, NBU_FILE), "rb") as file:
        old = file.read().decode("utf-8")
    old_columns, old_rows = parse_wide(old, f"{NBU_FILE} (in the data folder)", trailing_comma=False)
    last = old_rows[0][0]
    days = []
    day = last + datetime.timedelta(days=1)
    while day <= until:
        days.append((day, nbu_day(location, day)))
        if len(days) % 100 == 0:
            say(f"NBU: {len(days)} days read, up to {day}")
        if re.match(r"https?://", location):
            time.sleep(0.05)
        day += datetime.timedelta(days=1)
    while days and days[-1][1] is None:
        days.pop()
    gaps = [str(d) for d, rates in days if rates is None]
    if gaps:
        raise CheckFailed(f"NBU: no rates for {', '.join(gaps[:5])}, although later days have them.")
    if not days:
        say(f"NBU: already current (last day {last}; nothing after it up to {until})")
        return None
    codes = set(old_columns).union(*(rates for _, rates in days))
    columns = sorted(codes) if old_columns == sorted(old_columns) else old_columns + sorted(codes - set(old_columns))
    if columns == old_columns:
        old_lines = [line for _, _, line in old_rows]
    else:
        old_lines = [",".join([date.isoformat()] + [dict(zip(old_columns, values)).get(c, "N/A") for c in columns]) for date, values, _ in old_rows]
    new_lines = [",".join([d.isoformat()] + [rates.get(c, "N/A") for c in columns]) for d, rates in reversed(days)]
    text = "\n".join(["Date," + ",".join(columns)] + new_lines + old_lines) + "\n"
    new_columns, rows = parse_wide(text, "the new NBU file", trailing_comma=False)
    check_covers("the new NBU file", old_columns, old_rows, new_columns, rows)
    staged = os.path.join(stage, NBU_FILE)
    with open(staged, "wb") as file:
        subprocess.run(["gzip", "-9n"], input=text.encode("utf-8"), stdout=file, check=True)
    with gzip.open(staged, "rb") as file:
        if file.read() != text.encode("utf-8"):
            raise CheckFailed("NBU: the compressed file does not decompress to the checked text.")
    summary = summary_of(new_columns, rows)
    added = sorted(set(columns) - set(old_columns))
    say(f"NBU: checked {len(days)} new days {days[0][0]} .. {days[-1][0]}" + (f", new currencies {', '.join(added)}" if added else "")
        + f"; the file covers {summary['first']} .. {summary['last']}, {summary['days']:,} days")
    return summary


def compare_coverage(stage):
    with open(os.path.join(stage, SUMMARY), encoding="utf-8") as file:
        expected = json.load(file)[ECB_FILE]
    with open(os.path.join(stage, "ecb-coverage.json"), encoding="utf-8") as file:
        sources = json.load(file)["sources"]
    if len(sources) != 1:
        raise CheckFailed(f"ECB: the aidtracker tool read {len(sources)} sources from the new file, not one.")
    source = sources[0]
    found = {"first": source["firstDate"], "last": source["lastDate"]}
    if found != {"first": expected["first"], "last": expected["last"]}:
        raise CheckFailed(f"ECB: the aidtracker tool reads {found['first']} .. {found['last']} from the new file, the checks {expected['first']} .. {expected['last']}.")
    counts = {c["code"]: c["count"] for c in source["currencies"]}
    if counts != expected["counts"]:
        differ = sorted(code for code in set(counts) | set(expected["counts"]) if counts.get(code) != expected["counts"].get(code))
        raise CheckFailed(f"ECB: the aidtracker tool and the checks count different rates for {', '.join(differ[:5])}.")
    say(f"ECB: the aidtracker tool reads the new file completely ({len(counts)} currencies, {expected['first']} .. {expected['last']})")


def replace_file(path, text):
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    os.replace(temporary, path)


def install(data_dir, stage):
    with open(os.path.join(stage, SUMMARY), encoding="utf-8") as file:
        summaries = json.load(file)
    for name in summaries:
        os.replace(os.path.join(stage, name), os.path.join(data_dir, name))
        say(f"installed {name}")
    readme = os.path.join(data_dir, "README.md")
    if not summaries or not os.path.exists(readme):
        return
    with open(readme, encoding="utf-8") as file:
        text = file.read()
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    for name, s in summaries.items():
        coverage = f"{s['first']} .. {s['last']}"
        text = re.sub(rf"(?m)^- `{re.escape(name)}`: .*$", f"- `{name}`: {today}, covering {coverage} ({s['days']:,} days).", text)
        text = re.sub(rf"(?m)^(\| `{re.escape(name)}` \|.*?)\d{{4}}-\d\d-\d\d \.\. \d{{4}}-\d\d-\d\d, [\d,]+ days", rf"\g<1>{coverage}, {s['days']:,} days", text)
    replace_file(readme, text)
    say(f"updated the refresh dates in {readme}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["check", "compare-coverage", "install"])
    parser.add_argument("--source", default="all")
    parser.add_argument("--ecb")
    parser.add_argument("--nbu")
    parser.add_argument("--until")
    parser.add_argument("--data-dir")
    parser.add_argument("--stage", required=True)
    args = parser.parse_args()
    try:
        if args.command == "check":
            try:
                until = datetime.date.fromisoformat(args.until)
            except ValueError:
                print(f"update-reference-data: --until '{args.until}' is not a YYYY-MM-DD date.", file=sys.stderr)
                return 2
            summaries = {}
            if args.source in ("ecb", "all"):
                summaries[ECB_FILE] = check_ecb(args.ecb, args.data_dir, args.stage)
            if args.source in ("nbu", "all"):
                summaries[NBU_FILE] = check_nbu(args.nbu, until, args.data_dir, args.stage)
            with open(os.path.join(args.stage, SUMMARY), "w", encoding="utf-8") as file:
                json.dump({name: s for name, s in summaries.items() if s is not None}, file)
        elif args.command == "compare-coverage":
            compare_coverage(args.stage)
        else:
            install(args.data_dir, args.stage)
    except CheckFailed as failure:
        print(f"update-reference-data: {failure} Nothing was replaced.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
