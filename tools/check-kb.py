#!/usr/bin/env python3
"""Validate amity knowledge-base files (JSON Lines, format in docs/KB.md).

Usage:
    python3 tools/check-kb.py [--warnings] [FILE_OR_DIR ...]

Without arguments it checks the shipped KB under
amity-core/src/main/resources/amity/kb/. Directories are searched for *.jsonl.
Exit status 0 when there is no error; warnings (ambiguous aliases, people
without roles, ...) never fail the check and are printed with --warnings.

Checks: one JSON object per line (blank lines and lines starting with // are
ignored); UTF-8; required and allowed keys; type values; id syntax and
uniqueness across all files; ISO 3166 alpha-2 country codes; NFC text; names /
demonyms / abbr are objects of language tag -> array of non-empty strings;
kind values per file; capital is a boolean; gender m/f/null; roles have exactly
role/country/org/from/to/source, role keys from the list of docs/KB.md, dates that parse
(YYYY, YYYY-MM or YYYY-MM-DD), from <= to, a role country null only for an office
of an international body (secretary_general/chair, or an org of kind international),
and every org id referenced from a role exists. demonyms belong on countries and on
places (a region's demonym: "vasco", "catalán"), abbr on countries only.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(ROOT, 'amity-core', 'src', 'main', 'resources', 'amity', 'kb')

ALLOWED = {'id', 'type', 'name', 'names', 'country', 'source', 'demonyms', 'abbr',
           'capital', 'kind', 'roles', 'gender'}
REQUIRED = {'id', 'type', 'name', 'source'}
TYPES = {'PERSON', 'ORG', 'GPE', 'LOC'}
ROLE_KEYS = {'head_of_state', 'president', 'vice_president', 'head_of_government',
             'prime_minister', 'deputy_prime_minister', 'general_secretary',
             'first_secretary', 'party_leader', 'parliament_chair',
             'parliament_vice_chair', 'foreign_minister', 'minister', 'deputy_minister',
             'deputy_foreign_minister', 'ambassador', 'monarch', 'chancellor',
             'secretary_general', 'mayor', 'party_secretary', 'governor', 'chair',
             'spokesman', 'official', 'commander', 'rebel_leader'}
# ROLE_KEYS is the list of docs/KB.md ("## Role keys"); main() warns when the two differ.
# A role's country may be null for an office of an international body: secretary_general or
# chair, or any role whose org is an org of kind "international" (an EU commissioner, the
# European Parliament's president, a UN envoy). Anything else needs the state it serves.
NULL_COUNTRY_ROLES = {'secretary_general', 'chair'}
ROLE_FIELDS = {'role', 'country', 'org', 'from', 'to', 'source'}
PLACE_KINDS = {'city', 'province', 'region', 'landmark'}
ORG_KINDS = {'international', 'parliament', 'party', 'government', 'ministry', 'agency',
             'news_agency'}
# Per-file expectations for the shipped files; other (user) files get the generic checks.
FILE_RULES = {
    'countries.jsonl': {'prefix': ('country:',), 'types': {'GPE'}},
    'places.jsonl': {'prefix': ('city:', 'province:', 'region:', 'landmark:'), 'types': {'GPE', 'LOC'}},
    'orgs.jsonl': {'prefix': ('org:',), 'types': {'ORG'}},
    'people.jsonl': {'prefix': ('person:',), 'types': {'PERSON'}},
}
ID_RE = re.compile(r'^(country|city|province|region|landmark|org|person|place|loc):[a-z0-9][a-z0-9._/-]*$|^country:[A-Z]{2}$')
LANG_RE = re.compile(r'^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
ISO2_RE = re.compile(r'^[A-Z]{2}$')

# ISO 3166-1 alpha-2 (officially assigned) plus XK (Kosovo, user-assigned, used by CLDR).
ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
""".split())


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.ids = {}            # id -> (file, line)
        self.entries = []        # (file, line, obj)
        self.role_refs = []      # (file, line, org id)
        self.null_country = []   # (where, org id) of roles with country null outside NULL_COUNTRY_ROLES

    def err(self, where, msg):
        self.errors.append(f'{where}: {msg}')

    def warn(self, where, msg):
        self.warnings.append(f'{where}: {msg}')

    # -- helpers -----------------------------------------------------------
    def check_text(self, where, what, s):
        if not isinstance(s, str):
            self.err(where, f'{what} must be a string, got {type(s).__name__}')
            return False
        if not s.strip():
            self.err(where, f'{what} is empty')
            return False
        if s != s.strip():
            self.err(where, f'{what} has leading/trailing whitespace: {s!r}')
        if unicodedata.normalize('NFC', s) != s:
            self.err(where, f'{what} is not NFC: {s!r}')
        if any(unicodedata.category(c) in ('Cc', 'Cf') and c not in '\u200d' for c in s):
            self.err(where, f'{what} contains control/format characters: {s!r}')
        return True

    def check_lang_map(self, where, key, value):
        if not isinstance(value, dict):
            self.err(where, f'{key} must be an object of language -> array of strings')
            return
        for lang, arr in value.items():
            if not LANG_RE.match(lang):
                self.err(where, f'{key}: bad language tag {lang!r}')
            if not isinstance(arr, list):
                self.err(where, f'{key}.{lang} must be an array')
                continue
            seen = set()
            for s in arr:
                if self.check_text(where, f'{key}.{lang} item', s):
                    if s in seen:
                        self.warn(where, f'{key}.{lang}: duplicate {s!r}')
                    seen.add(s)

    def parse_date(self, where, what, s):
        if not isinstance(s, str) or not DATE_RE.match(s):
            self.err(where, f'{what} must be YYYY, YYYY-MM or YYYY-MM-DD, got {s!r}')
            return None
        y, m, d = DATE_RE.match(s).groups()
        try:
            datetime.date(int(y), int(m or 1), int(d or 1))
        except ValueError as e:
            self.err(where, f'{what} {s!r} is not a valid date ({e})')
            return None
        return s

    def check_country(self, where, what, c, nullable=True):
        if c is None:
            if not nullable:
                self.err(where, f'{what} must not be null')
            return
        if not isinstance(c, str) or not ISO2_RE.match(c):
            self.err(where, f'{what} must be two uppercase letters (ISO 3166 alpha-2), got {c!r}')
        elif c not in ISO3166:
            self.err(where, f'{what} {c!r} is not an ISO 3166 alpha-2 code')

    # -- one entry ---------------------------------------------------------
    def check_entry(self, fname, lineno, obj):
        where = f'{fname}:{lineno}'
        base = os.path.basename(fname)
        rules = FILE_RULES.get(base)
        if not isinstance(obj, dict):
            self.err(where, 'line is not a JSON object')
            return
        unknown = set(obj) - ALLOWED
        if unknown:
            self.err(where, f'unknown keys {sorted(unknown)}')
        missing = REQUIRED - set(obj)
        if missing:
            self.err(where, f'missing required keys {sorted(missing)}')
        oid = obj.get('id')
        if isinstance(oid, str):
            where = f'{fname}:{lineno} [{oid}]'
            if not ID_RE.match(oid):
                self.err(where, f'bad id syntax {oid!r}')
            if rules and not oid.startswith(rules['prefix']):
                self.err(where, f'id should start with one of {rules["prefix"]} in {base}')
            if oid in self.ids:
                f0, l0 = self.ids[oid]
                self.err(where, f'duplicate id (first at {f0}:{l0})')
            else:
                self.ids[oid] = (fname, lineno)
        elif 'id' in obj:
            self.err(where, 'id must be a string')
        typ = obj.get('type')
        if 'type' in obj and typ not in TYPES:
            self.err(where, f'type must be one of {sorted(TYPES)}, got {typ!r}')
        elif rules and typ not in rules['types']:
            self.err(where, f'type {typ!r} not expected in {base} (expected {sorted(rules["types"])})')
        if 'name' in obj:
            self.check_text(where, 'name', obj['name'])
        if 'source' in obj:
            self.check_text(where, 'source', obj['source'])
        if 'names' in obj:
            self.check_lang_map(where, 'names', obj['names'])
        elif typ != 'GPE' or not str(oid).startswith('country:'):
            self.warn(where, 'no names')
        for key in ('demonyms', 'abbr'):
            if key in obj:
                self.check_lang_map(where, key, obj[key])
        if 'country' in obj:
            self.check_country(where, 'country', obj['country'])
        if isinstance(oid, str) and oid.startswith('country:'):
            code = oid.split(':', 1)[1]
            self.check_country(where, 'country id', code, nullable=False)
            if obj.get('country') not in (None, code):
                self.err(where, f'country {obj.get("country")!r} differs from id {code!r}')
        if 'capital' in obj and not isinstance(obj['capital'], bool):
            self.err(where, 'capital must be true or false')
        if 'kind' in obj:
            kind = obj['kind']
            allowed = PLACE_KINDS if typ in ('GPE', 'LOC') else ORG_KINDS if typ == 'ORG' else set()
            if kind not in allowed:
                self.err(where, f'kind {kind!r} not allowed for type {typ} (allowed: {sorted(allowed)})')
        if typ == 'ORG' and 'kind' not in obj:
            self.warn(where, 'organisation without kind')
        if 'gender' in obj and obj['gender'] not in ('m', 'f', None):
            self.err(where, f'gender must be "m", "f" or null, got {obj["gender"]!r}')
        if typ == 'PERSON' and 'gender' not in obj:
            self.warn(where, 'person without gender')
        if 'roles' in obj:
            self.check_roles(fname, lineno, where, obj['roles'])
        if typ == 'PERSON' and not obj.get('roles'):
            self.warn(where, 'person without roles')
        for key in ('demonyms', 'abbr', 'capital', 'kind', 'roles', 'gender'):
            if key in obj and not self.key_fits(key, typ, oid):
                self.err(where, f'key {key!r} does not belong on a {typ} entry')

    @staticmethod
    def key_fits(key, typ, oid):
        if key == 'demonyms':
            # Gazetteer: a country's demonyms are country cues, a place's are region cues
            return typ in ('GPE', 'LOC')
        if key == 'abbr':
            return typ == 'GPE' and str(oid).startswith('country:')
        if key == 'capital':
            return typ in ('GPE', 'LOC')
        if key == 'kind':
            return typ in ('GPE', 'LOC', 'ORG')
        if key in ('roles', 'gender'):
            return typ == 'PERSON'
        return True

    def check_roles(self, fname, lineno, where, roles):
        if not isinstance(roles, list):
            self.err(where, 'roles must be an array')
            return
        for i, r in enumerate(roles):
            w = f'{where} roles[{i}]'
            if not isinstance(r, dict):
                self.err(w, 'role must be an object')
                continue
            keys = set(r)
            if keys != ROLE_FIELDS:
                extra, miss = keys - ROLE_FIELDS, ROLE_FIELDS - keys
                self.err(w, f'role keys must be exactly {sorted(ROLE_FIELDS)}'
                         + (f'; unknown {sorted(extra)}' if extra else '')
                         + (f'; missing {sorted(miss)}' if miss else ''))
            if r.get('role') not in ROLE_KEYS:
                self.err(w, f'unknown role key {r.get("role")!r}')
            # country may be null only for offices of international bodies
            if r.get('country') is None and r.get('role') not in NULL_COUNTRY_ROLES:
                self.null_country.append((w, r.get('org')))  # decided in finish(), when all orgs are read
            self.check_country(w, 'role country', r.get('country'))
            org = r.get('org')
            if org is not None:
                if not isinstance(org, str) or not org.startswith('org:'):
                    self.err(w, f'org must be an org id or null, got {org!r}')
                else:
                    self.role_refs.append((w, org))
            f = self.parse_date(w, 'from', r.get('from'))
            t = r.get('to')
            if t is not None:
                t = self.parse_date(w, 'to', t)
            if f and t:
                # compare on the common precision
                n = min(len(f), len(t))
                if f[:n] > t[:n]:
                    self.err(w, f'from {f} is after to {t}')
            if 'source' in r:
                self.check_text(w, 'role source', r['source'])

    # -- files ---------------------------------------------------------------
    def check_file(self, path):
        try:
            with open(path, 'rb') as fh:
                data = fh.read()
        except OSError as e:
            self.err(path, f'cannot read: {e}')
            return
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError as e:
            self.err(path, f'not UTF-8: {e}')
            return
        if text.startswith('\ufeff'):
            self.err(path, 'starts with a byte-order mark')
            text = text[1:]
        for lineno, line in enumerate(text.split('\n'), 1):
            s = line.strip()
            if not s or s.startswith('//'):
                continue
            try:
                obj = json.loads(s)
            except json.JSONDecodeError as e:
                self.err(f'{path}:{lineno}', f'invalid JSON: {e}')
                continue
            self.entries.append((path, lineno, obj))
            self.check_entry(path, lineno, obj)

    def finish(self):
        org_ids = {i for i in self.ids if i.startswith('org:')}
        for w, org in self.role_refs:
            if org not in org_ids:
                self.err(w, f'role refers to unknown org {org!r}')
        kinds = {obj.get('id'): obj.get('kind') for _, _, obj in self.entries if isinstance(obj, dict)}
        for w, org in self.null_country:
            if org is None or (org in org_ids and kinds.get(org) != 'international'):
                self.err(w, 'role country may be null only for secretary_general/chair or an office '
                            'of an international body (an org of kind international)')
        # ambiguity report: the same surface form on several entities (warning only)
        index = {}
        for path, lineno, obj in self.entries:
            if not isinstance(obj, dict) or not isinstance(obj.get('names'), dict):
                continue
            forms = set()
            for arr in obj['names'].values():
                if isinstance(arr, list):
                    forms.update(s for s in arr if isinstance(s, str))
            for s in forms:
                index.setdefault(s, []).append(obj.get('id'))
        for s, ids in sorted(index.items()):
            if len(ids) > 1:
                self.warn('ambiguous alias', f'{s!r} -> {", ".join(map(str, ids))}')


def documented_role_keys():
    """The role keys docs/KB.md lists (the backquoted words of its "## Role keys" paragraph), or None."""
    try:
        with open(os.path.join(ROOT, 'docs', 'KB.md'), encoding='utf-8') as fh:
            doc = fh.read()
    except OSError:
        return None
    m = re.search(r'^## Role keys\n(.*?)(?:\n\n|\Z)', doc, re.S | re.M)
    return set(re.findall(r'`([a-z_]+)`', m.group(1))) - ROLE_FIELDS if m else None


def collect(args):
    paths = []
    for a in args or [DEFAULT_DIR]:
        if os.path.isdir(a):
            paths += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith('.jsonl'))
        else:
            paths.append(a)
    return paths


def main(argv):
    show_warnings = '--warnings' in argv
    args = [a for a in argv if a != '--warnings']
    paths = collect(args)
    if not paths:
        print('check-kb: no .jsonl files found', file=sys.stderr)
        return 2
    c = Checker()
    for p in paths:
        c.check_file(p)
    c.finish()
    doc_keys = documented_role_keys()
    if doc_keys is not None and doc_keys != ROLE_KEYS:
        c.warnings.append('docs/KB.md role keys differ from ROLE_KEYS: '
                          f'only in docs {sorted(doc_keys - ROLE_KEYS)}, only here {sorted(ROLE_KEYS - doc_keys)}')
    counts = {}
    for path, _, obj in c.entries:
        counts[os.path.basename(path)] = counts.get(os.path.basename(path), 0) + 1
    for e in c.errors:
        print('ERROR', e)
    if show_warnings:
        for w in c.warnings:
            print('warning', w)
    summary = ', '.join(f'{k}: {v}' for k, v in sorted(counts.items()))
    print(f'check-kb: {len(c.entries)} entries ({summary}); {len(c.errors)} errors, {len(c.warnings)} warnings')
    return 1 if c.errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
