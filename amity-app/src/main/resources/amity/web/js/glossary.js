// What the words of event data mean, for hover titles and the glossary page (#/glossary).

/** PLOVER event types (the coarse kind of an event). */
export const TYPES = {
  CONSULT: 'Consult: a meeting, visit, call or talks between the parties.',
  AGREE: 'Agree: an agreement signed or a joint statement issued.',
  AID: 'Aid: one party gives the other goods, money or help.',
  COOPERATE: 'Cooperate: working together through a body set up for it (a joint committee).',
  SUPPORT: 'Support: a message, letter or statement backing the other party.',
  REQUEST: 'Request: one party asks the other for something.',
};

/** Forms: the finer kind amity reads, as the news names it. */
export const FORMS = {
  state_visit: 'A head of state’s visit at the highest protocol level.',
  official_visit: 'A visit by a leader or minister at the host’s invitation, with official ceremonies.',
  working_visit: 'A visit for work, with less ceremony than an official one.',
  visit: 'A visit whose level the news does not name.',
  invitation: 'An invitation to visit, extended or accepted.',
  meeting: 'Leaders or officials meeting, with no finer word for it.',
  talks: 'Formal talks between delegations.',
  reception: 'A host receiving a visiting official.',
  courtesy_call: 'A visitor calling on a host as a courtesy.',
  farewell_call: 'A departing envoy calling on a host to say goodbye.',
  credentials: 'A new ambassador presenting credentials.',
  joint_committee: 'A session of a joint or intergovernmental committee.',
  ceremony_attendance: 'Attending a ceremony or celebration together.',
  phone_call: 'A telephone call between leaders or officials.',
  video_call: 'A video call between leaders or officials.',
  agreement_signing: 'Agreements or memoranda signed.',
  joint_statement: 'A joint statement or declaration adopted.',
  aid: 'Aid given: rice, vaccines, money, equipment.',
  message: 'A message of congratulation, condolence or support.',
  letter: 'A letter sent by one leader to another.',
};

/** CAMEO codes (the coding GDELT uses), those amity gives and their families. */
export const CAMEO = {
  '040': 'Consult', '041': 'Discuss by telephone', '042': 'Make a visit', '043': 'Host a visit', '044': 'Meet at a third location',
  '045': 'Mediate', '046': 'Engage in negotiation', '036': 'Express intent to meet or negotiate', '057': 'Sign formal agreement',
  '070': 'Provide aid', '071': 'Provide economic aid', '073': 'Provide humanitarian aid', '051': 'Praise or endorse',
  '061': 'Cooperate economically', '010': 'Make statement', '020': 'Appeal or request',
};
const CAMEO_FAMILY = { '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid' };

/** Where a story's date came from (date_basis). */
export const DATE_BASES = {
  page: 'the page’s own publication date',
  metadata: 'the page’s metadata (a meta tag)',
  dateline: 'the dateline at the head of the story',
  text: 'a date written in the story’s text',
  timestamp: 'the time stamp of the record it came in',
  capture: 'when the page was captured (a WARC record’s date)',
  'related-list': 'the newest date in the page’s list of related stories — an estimate: the story is at least that recent',
  none: 'nowhere: the story has no date',
};

export const CONFIDENCE = 'Confidence (0–1): how sure amity is that the event is real and read right. '
  + 'It grows with the sources that report it and with how plainly the sentence says it; below 0.6, check the source.';

export const STATUS = { reported: 'Reported: the news says it took place.', planned: 'Planned: announced, still to come when the news was written.' };

export function typeTitle(type) {
  return TYPES[type] || `${type}: a PLOVER event type.`;
}

export function formTitle(form) {
  return FORMS[form] || String(form || '').replace(/_/g, ' ');
}

export function cameoTitle(code) {
  const c = String(code || '');
  return `CAMEO ${c}: ${CAMEO[c] || CAMEO_FAMILY[c.slice(0, 2)] || 'an event code of the CAMEO scheme'} (the codes GDELT uses).`;
}

export function basisTitle(basis) {
  return DATE_BASES[basis] ? `Date from ${DATE_BASES[basis]}.` : '';
}
