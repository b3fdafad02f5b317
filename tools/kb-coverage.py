#!/usr/bin/env python3
"""How much of the world's government the bundled knowledge base knows, on the corpus dates.

Usage:
    ./amity corpus pages --out /tmp/amity-pages        # once (about a minute), or let the tool do it
    python3 tools/kb-coverage.py [--pages DIR] [--kb FILE_OR_DIR ...] [--kb-dir DIR] [--holes N]
                                 [--names] [--period P] [--no-corpus] [--json]

    (before/after: mkdir /tmp/kb0 && for f in countries orgs people places; do
     git show REV:amity-core/src/main/resources/amity/kb/$f.jsonl > /tmp/kb0/$f.jsonl; done;
     python3 tools/kb-coverage.py --kb-dir /tmp/kb0)

For every state of the time and each corpus period it says which of four offices the KB
(amity-core/src/main/resources/amity/kb/people.jsonl, plus any --kb files) knows in office on
that day, and which of the names en/es/zh/vi the holder has:

    period   day          corpus pages (./amity corpus pages sets)
    1996     1996-10-01   en-train, en-testa (Reuters, CoNLL-2003)
    2000     2000-05-15   es-train, es-testa (EFE, CoNLL-2002)
    2019     2019-06-01   zh-2019 (Chinese WMT news)
    2020     2020-06-01   zh-2020 (Chinese WMT news)
    2021     2021-01-15   vi-world, vi-news (Vietnamese news)

States of the time: the UN members on that day, plus FR Yugoslavia (RS, counted in 1996 and 2000
although admitted only in November 2000), Zaire/DR Congo (CD), Palestine (PS), Taiwan (TW), the
Holy See (VA) and Switzerland (CH, a UN observer until 2002).

Offices, from the roles of docs/KB.md (a role counts when from <= day <= to, to null = open):
    hos  head of state: president, monarch, head_of_state (org null or a national org); the
         Commonwealth realms count the British monarch
    hog  head of government: prime_minister, head_of_government, chancellor; where the head of
         state heads the government (PRESIDENTIAL below: presidential republics, Saudi Arabia,
         Oman, Brunei, the Holy See, ...) the head of state fills it
    fm   foreign minister: foreign_minister
    def  defence minister: minister with a defence ministry org (org:us/pentagon, org:cn/mnd, ...)
         or a source naming the office ("Minister of Defence (X)", "Secretary of Defense",
         "Ministry of National Defense", "Armed Forces", "Defensa")
The PRESIDENTIAL sets are a hand-made approximation (per period); an office a country lacks
(Costa Rica has no defence minister) is a hole that cannot be filled.

Ranking of holes: how often the country is named in that period's corpus pages (the pages
`./amity corpus pages` writes, minus the check pages of
amity-app/src/test/resources/amity/real-gold/documents.tsv, which are never opened), counting
the names and demonyms of amity's gazetteer (countries.jsonl: CLDR names and aliases) in the
pages' language: whole words in en/es/vi, longest match in zh. --no-corpus ranks by the fixed
list BIG below (large economies and populations first) instead.

The heads of international bodies (INTERNATIONAL below: UN agencies, regional banks, ASEAN,
AU/OAU, OAS, Arab League, OIC, GCC, SCO, NATO, ...) are listed per period too, by any role
with that org.

Output: a summary (slots filled / total by office and period, and the names each filled slot
has), then the holes of each period, most-named country first (--holes N per period, default
40; 0 = all), then the international bodies without a head. --names also lists filled slots
whose holder lacks a zh or vi name. --json prints everything as one JSON object.
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KB_DIR = os.path.join(ROOT, 'amity-core', 'src', 'main', 'resources', 'amity', 'kb')
DOCS = os.path.join(ROOT, 'amity-app', 'src', 'test', 'resources', 'amity', 'real-gold',
                    'documents.tsv')

PERIODS = [
    ('1996', '1996-10-01', 'en', ('en-train', 'en-testa')),
    ('2000', '2000-05-15', 'es', ('es-train', 'es-testa')),
    ('2019', '2019-06-01', 'zh', ('zh-2019',)),
    ('2020', '2020-06-01', 'zh', ('zh-2020',)),
    ('2021', '2021-01-15', 'vi', ('vi-world', 'vi-news')),
]
OFFICES = ('hos', 'hog', 'fm', 'def')
LANGS = ('en', 'es', 'zh', 'vi')

# The 193 UN members of today; ADMITTED gives the ones admitted after 1996-10-01.
UN_MEMBERS = set('''AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG
BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET
FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG
LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI
NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI
SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE
ZM ZW'''.split())
ADMITTED = {'KI': '1999-09-14', 'NR': '1999-09-14', 'TO': '1999-09-14', 'TV': '2000-09-05',
            'CH': '2002-09-10', 'TL': '2002-09-27', 'ME': '2006-06-28', 'SS': '2011-07-14'}
ALWAYS = {'RS', 'CD', 'PS', 'TW', 'VA', 'CH'}
# Commonwealth realms whose head of state is the British monarch (on the corpus dates).
REALMS = set('AU CA NZ JM BS BB BZ AG GD KN LC VC PG SB TV'.split())
# Where the head of state heads the government (no prime minister, or one the press rarely names
# as head of government): approximate, per period.
PRESIDENTIAL_ALL = set('''US MX GT HN SV NI CR PA DO CO VE EC BO PY UY AR CL BR SR ID PH CY NG GH
ZA BW ZM MW LR SL GM BJ SC ZW TM MH FM PW KI NR SA OM BN VA CH IR AF KE ER
MV'''.split())
PRESIDENTIAL = {
    '1996': PRESIDENTIAL_ALL - {'AF'} | {'CU', 'PS', 'SD', 'MM'},
    '2000': PRESIDENTIAL_ALL - {'AF'} | {'AO', 'CU', 'PS', 'SD', 'MM'},
    '2019': PRESIDENTIAL_ALL | {'AO', 'SS', 'TD', 'TR', 'CU', 'SD', 'SN'},
    '2020': PRESIDENTIAL_ALL | {'AO', 'SS', 'TD', 'TR', 'SN'},
    '2021': PRESIDENTIAL_ALL | {'AO', 'SS', 'TD', 'TR', 'SN'},
}
HEAD_ROLES = {'secretary_general', 'president', 'chair', 'parliament_chair', 'head_of_state',
              'official', 'governor', 'chancellor'}
HOS_ROLES = {'president', 'monarch', 'head_of_state'}
HOG_ROLES = {'prime_minister', 'head_of_government', 'chancellor'}
DEF_ORGS = {'org:us/pentagon', 'org:cn/mnd', 'org:vn/mod', 'org:cu/minfar', 'org:la/mond'}
DEF_SOURCE = re.compile(r'defen[cs]e|armed forces|defensa|secretary of war|'
                        r'ministry of national defen', re.I)
# Fixed ranking for --no-corpus: large economies and populations first.
BIG = '''US CN JP DE GB FR IN IT BR CA RU KR ES AU MX ID NL SA TR CH PL SE BE AR NO AT IR AE NG
IL ZA TH DK SG EG PH MY VN PK BD CL CO FI IE PT GR CZ RO NZ PE IQ KZ DZ QA HU KW UA MA EC ET KE
CU VE LK MM AO SD UZ DO GT OM LU BG BY LB RS HR SI LT SK TN JO VA PS TW'''.split()

# International bodies: org id, first and last day of its head's office kind, label.
INTERNATIONAL = [
    ('org:un', None, None), ('org:un/ga', None, None), ('org:unesco', None, None),
    ('org:who', None, None), ('org:fao', None, None), ('org:unicef', None, None),
    ('org:undp', None, None), ('org:wfp', None, None), ('org:iaea', None, None),
    ('org:ilo', None, None), ('org:wto', '1995-01-01', None), ('org:imf', None, None),
    ('org:world-bank', None, None), ('org:unhcr', None, None), ('org:ohchr', '1994-04-05', None),
    ('org:unfpa', None, None), ('org:unep', None, None), ('org:unctad', None, None),
    ('org:unido', None, None), ('org:ifad', None, None), ('org:unodc', '1997-11-01', None),
    ('org:un-women', '2010-07-02', None), ('org:unaids', '1996-01-01', None),
    ('org:itu', None, None), ('org:wipo', None, None), ('org:icao', None, None),
    ('org:imo', None, None), ('org:wmo', None, None), ('org:upu', None, None),
    ('org:un-tourism', None, None), ('org:unfccc', '1995-01-01', None),
    ('org:escap', None, None), ('org:eclac', None, None), ('org:icc', '2003-03-11', None),
    ('org:icj', None, None), ('org:interpol', None, None), ('org:iom', None, None),
    ('org:icrc', None, None), ('org:ifrc', None, None),
    ('org:adb', None, None), ('org:afdb', None, None), ('org:idb', None, None),
    ('org:ebrd', None, None), ('org:aiib', '2016-01-16', None), ('org:ndb', '2015-07-21', None),
    ('org:asean', None, None), ('org:au', None, None), ('org:oas', None, None),
    ('org:arab-league', None, None), ('org:oic', None, None), ('org:gcc', None, None),
    ('org:sco', '2004-01-01', None), ('org:nato', None, None), ('org:osce', None, None),
    ('org:oecd', None, None), ('org:opec', None, None), ('org:commonwealth', None, None),
    ('org:oif', '1997-11-16', None), ('org:cis', None, None), ('org:csto', '2003-04-28', None),
    ('org:eaeu', '2015-01-01', None), ('org:caricom', None, None), ('org:sica', '1993-02-01', None),
    ('org:pif', None, None), ('org:ipu', None, None), ('org:ohr', '1995-12-14', None),
    ('org:eu/commission', None, None), ('org:eu/council', '2009-12-01', None),
    ('org:eu/parliament', None, None), ('org:wef', None, None),
]


def kb_lines(paths):
    for path in paths:
        files = ([os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith('.jsonl')]
                 if os.path.isdir(path) else [path])
        for f in files:
            with open(f, encoding='utf-8') as fh:
                for line in fh:
                    if line.strip() and not line.startswith('//'):
                        yield json.loads(line)


def norm_date(d, end):
    """YYYY, YYYY-MM or YYYY-MM-DD -> comparable YYYY-MM-DD (start or end of the span)."""
    if d is None:
        return None
    if len(d) == 4:
        return d + ('-12-31' if end else '-01-01')
    if len(d) == 7:
        return d + ('-31' if end else '-01')
    return d


def holds(role, day):
    f = norm_date(role.get('from'), False)
    t = norm_date(role.get('to'), True)
    return (f is None or f <= day) and (t is None or day <= t)


def states(day):
    out = set()
    for c in UN_MEMBERS:
        if c in ADMITTED and ADMITTED[c] > day:
            continue
        out.add(c)
    out |= ALWAYS
    if day < '2006-06-03':
        out.discard('ME')  # part of FR Yugoslavia / Serbia and Montenegro
    return out


def langs_of(e):
    names = e.get('names') or {}
    return [l for l in LANGS if names.get(l)]


def is_defence(role):
    return role['role'] == 'minister' and (role.get('org') in DEF_ORGS
                                           or DEF_SOURCE.search(role.get('source') or ''))


def office_holders(people, orgs, day, period):
    """(country, office) -> list of (person id, name, langs) in office on day."""
    intl = {i for i, o in orgs.items() if o.get('kind') == 'international'}
    slots = defaultdict(list)
    for e in people:
        for r in e.get('roles') or []:
            c = r.get('country')
            if not c or r.get('org') in intl or not holds(r, day):
                continue
            item = (e['id'], e['name'], langs_of(e))
            if r['role'] in HOS_ROLES:
                slots[(c, 'hos')].append(item)
            if r['role'] in HOG_ROLES:
                slots[(c, 'hog')].append(item)
            if r['role'] == 'foreign_minister':
                slots[(c, 'fm')].append(item)
            if is_defence(r):
                slots[(c, 'def')].append(item)
    for c in REALMS:
        if slots.get(('GB', 'hos')):
            slots[(c, 'hos')] = slots[(c, 'hos')] + slots[('GB', 'hos')]
    for c in PRESIDENTIAL[period]:
        if not slots.get((c, 'hog')) and slots.get((c, 'hos')):
            slots[(c, 'hog')] = list(slots[(c, 'hos')])
    return slots


def country_names(countries):
    """lang -> {surface form: country code} from the gazetteer's names and demonyms."""
    out = defaultdict(dict)
    for e in countries:
        cid = e['id']
        if not cid.startswith('country:'):
            continue
        code = cid.split(':', 1)[1]
        for key in ('names', 'demonyms'):
            for lang, forms in (e.get(key) or {}).items():
                for f in forms:
                    if len(f) >= 2:
                        out[lang].setdefault(f, code)
    return out


def count_mentions(pages_dir, names):
    """period -> Counter(country -> mentions) over non-check pages."""
    check = set()
    with open(DOCS, encoding='utf-8') as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) >= 3 and cols[2] == 'check':
                check.add(cols[0])
    patterns = {}
    for lang in set(p[2] for p in PERIODS):
        forms = sorted(names[lang], key=len, reverse=True)
        alt = '|'.join(re.escape(f) for f in forms)
        patterns[lang] = re.compile(alt if lang == 'zh' else r'(?<!\w)(?:' + alt + r')(?!\w)')
    counts = {}
    files = sorted(os.listdir(pages_dir))
    for label, _day, lang, sets in PERIODS:
        cnt = Counter()
        for f in files:
            if f in check or not f.endswith('.txt') or not any(f.startswith(s + '-') for s in sets):
                continue
            with open(os.path.join(pages_dir, f), encoding='utf-8', errors='replace') as fh:
                text = fh.read()
            for m in patterns[lang].finditer(text):
                cnt[names[lang][m.group(0)]] += 1
        counts[label] = cnt
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--pages', default='/tmp/amity-pages',
                    help='folder of ./amity corpus pages output (written if missing)')
    ap.add_argument('--kb', nargs='*', default=[], help='extra KB files or folders')
    ap.add_argument('--kb-dir', default=KB_DIR,
                    help='the KB folder to measure instead of the bundled one (e.g. an older version)')
    ap.add_argument('--holes', type=int, default=40, help='holes listed per period (0 = all)')
    ap.add_argument('--period', help='only this period (1996, 2000, 2019, 2020, 2021)')
    ap.add_argument('--names', action='store_true', help='list filled slots lacking zh or vi')
    ap.add_argument('--no-corpus', action='store_true', help='rank by the fixed list BIG')
    ap.add_argument('--json', action='store_true')
    args = ap.parse_args()

    entries = list(kb_lines([args.kb_dir] + args.kb))
    people = [e for e in entries if e.get('type') == 'PERSON']
    orgs = {e['id']: e for e in entries if e.get('type') == 'ORG'}
    countries = [e for e in entries if e['id'].startswith('country:')]
    cname = {e['id'].split(':', 1)[1]: e['name'] for e in countries}

    if args.no_corpus:
        rank = {p[0]: Counter({c: len(BIG) - i for i, c in enumerate(BIG)}) for p in PERIODS}
        rank_note = 'fixed ranking (BIG)'
    else:
        if not os.path.isdir(args.pages):
            subprocess.run([os.path.join(ROOT, 'amity'), 'corpus', 'pages', '--out', args.pages],
                           check=True, stdout=sys.stderr)
        rank = count_mentions(args.pages, country_names(countries))
        rank_note = 'country mentions in the period\'s non-check corpus pages'

    periods = [p for p in PERIODS if not args.period or p[0] == args.period]
    result = {'ranking': rank_note, 'periods': {}, 'international': {}}
    for label, day, _lang, _sets in periods:
        slots = office_holders(people, orgs, day, label)
        sts = sorted(states(day))
        summary = {}
        holes = []
        lacking = []
        for off in OFFICES:
            filled = 0
            lang_n = Counter()
            for c in sts:
                hs = slots.get((c, off))
                if hs:
                    filled += 1
                    have = set().union(*(set(h[2]) for h in hs))
                    for l in LANGS:
                        if l in have:
                            lang_n[l] += 1
                    miss = [l for l in ('zh', 'vi') if l not in have]
                    if miss:
                        lacking.append((rank[label][c], c, off, hs[0][0], miss))
                else:
                    holes.append((rank[label][c], c, off))
            summary[off] = {'filled': filled, 'total': len(sts), **{l: lang_n[l] for l in LANGS}}
        order = {o: i for i, o in enumerate(OFFICES)}
        holes.sort(key=lambda h: (-h[0], h[1], order[h[2]]))
        lacking.sort(key=lambda h: (-h[0], h[1], order[h[2]]))
        inter = []
        for oid, first, last in INTERNATIONAL:
            if (first and first > day) or (last and last < day):
                continue
            heads = [e['id'] for e in people for r in e.get('roles') or []
                     if r.get('org') == oid and holds(r, day) and r['role'] in HEAD_ROLES]
            members = [e['id'] for e in people for r in e.get('roles') or []
                       if r.get('org') == oid and r['role'] == 'minister' and holds(r, day)]
            inter.append({'org': oid, 'known': oid in orgs, 'heads': sorted(set(heads)),
                          'members': len(set(members))})
        result['periods'][label] = {
            'day': day, 'states': len(sts), 'summary': summary,
            'holes': [{'country': c, 'name': cname.get(c, c), 'office': o, 'mentions': n}
                      for n, c, o in holes],
            'lacking_names': [{'country': c, 'office': o, 'holder': pid, 'missing': m,
                               'mentions': n} for n, c, o, pid, m in lacking],
        }
        result['international'][label] = inter

    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    print(f'ranking of holes: {rank_note}')
    print('\nsummary: slots filled / states (holders with an en, es, zh, vi name)')
    print('period day         ' + ''.join(f'{o:>27}' for o in OFFICES) + '        all')
    tot_f = tot_t = 0
    per_office = Counter()
    per_total = Counter()
    for label, p in result['periods'].items():
        cells = []
        pf = pt = 0
        for o in OFFICES:
            s = p['summary'][o]
            cells.append(f"{s['filled']:>3}/{s['total']:<3} ({s['en']},{s['es']},{s['zh']},{s['vi']})")
            pf += s['filled']
            pt += s['total']
            per_office[o] += s['filled']
            per_total[o] += s['total']
        tot_f += pf
        tot_t += pt
        print(f"{label:6} {p['day']}  " + ''.join(f'{c:>27}' for c in cells)
              + f'  {pf:>4}/{pt}')
    print('all                ' + ''.join(f'{per_office[o]:>16}/{per_total[o]:<10}' for o in OFFICES)
          + f'  {tot_f:>4}/{tot_t}')
    heads_f = sum(1 for lst in result['international'].values() for x in lst if x['heads'])
    heads_t = sum(len(lst) for lst in result['international'].values())
    print(f'international bodies with a known head: {heads_f}/{heads_t}')
    for label, p in result['periods'].items():
        hs = p['holes'] if args.holes == 0 else p['holes'][:args.holes]
        print(f"\nholes {label} ({p['day']}), {len(p['holes'])} in all, most-named first:")
        for h in hs:
            print(f"  {h['mentions']:>5}  {h['country']} {h['office']:<4} {h['name']}")
        if args.names:
            print(f'\nfilled slots {label} whose holder lacks zh or vi:')
            for x in p['lacking_names'][: (args.holes or None)]:
                print(f"  {x['mentions']:>5}  {x['country']} {x['office']:<4} {x['holder']}"
                      f" lacks {','.join(x['missing'])}")
    print('\ninternational bodies without a known head:')
    for label, lst in result['international'].items():
        miss = [x['org'] + ('' if x['known'] else ' (no org entry)') for x in lst if not x['heads']]
        print(f'  {label}: ' + ', '.join(miss))


if __name__ == '__main__':
    main()
