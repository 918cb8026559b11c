// The demo LMS's course page: plain JavaScript, no build. It shows what the REST API (api/...) answers; every
// decision (roles, schedules, who may do what with a recording) is made on the server by bbb-lms-integration.
'use strict';

const state = { course: null, lastEvent: 0 };

/** A DOM element with attributes and children (strings become text: nothing from the server is parsed as HTML). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k === 'class') e.className = v; else if (k.startsWith('data-') || k === 'href' || k === 'id' || k === 'title'
        || k === 'hidden' || k === 'datetime' || k === 'target' || k === 'rel') e.setAttribute(k, v === true ? '' : v);
    else e[k] = v;
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

async function api(path, options) {
  const response = await fetch('api/' + path, Object.assign({ credentials: 'same-origin' }, options));
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && body.message) || ('HTTP ' + response.status));
  return body;
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

function showError(message) {
  const e = document.getElementById('error');
  e.textContent = message || '';
  e.hidden = !message;
}

async function init() {
  const session = await api('session');
  const users = document.getElementById('user-switcher');
  for (const u of session.users) users.append(el('option', { value: u.id }, u.name + ' (' + u.roles + ')'));
  users.value = session.user;
  users.addEventListener('change', async () => {
    // The "login": the server remembers the choice in a cookie. No password: this is a demo.
    await api('session/user', { method: 'POST', body: new URLSearchParams({ user: users.value }) });
    await renderCourse();
  });

  const courses = document.getElementById('course-switcher');
  for (const c of session.courses) courses.append(el('option', { value: c.id }, c.title + ' (' + c.id + ')'));
  const wanted = new URLSearchParams(location.search).get('course');
  state.course = session.courses.some(c => c.id === wanted) ? wanted : session.courses[0].id;
  courses.value = state.course;
  courses.addEventListener('change', async () => {
    state.course = courses.value;
    history.replaceState(null, '', '?course=' + encodeURIComponent(state.course));
    await renderCourse();
  });

  await renderCourse();
  await pollEvents();
  setInterval(pollEvents, 2000);
}

async function renderCourse() {
  try {
    const course = await api('courses/' + encodeURIComponent(state.course));
    document.getElementById('course-title').textContent = course.title;
    document.title = course.title + ' – Demo LMS';
    const list = document.getElementById('activities');
    list.replaceChildren(...course.activities.map(activityCard));
    showError(null);
  } catch (e) {
    showError('Could not load the course: ' + e.message);
  }
}

async function renderActivity(id) {
  const card = document.querySelector('.activity[data-activity-id="' + CSS.escape(id) + '"]');
  if (!card) return;
  try {
    const activity = await api('courses/' + encodeURIComponent(state.course) + '/activities/' + encodeURIComponent(id));
    card.replaceWith(activityCard(activity));
  } catch (e) {
    showError('Could not refresh ' + id + ': ' + e.message);
  }
}

function activityCard(a) {
  const schedule = a.schedule.state === 'not-open-yet' ? 'Opens at ' + when(a.schedule.opensAt)
      : a.schedule.state === 'closed' ? 'Closed since ' + when(a.schedule.closesAt) : '';
  const card = el('section', { class: 'activity', 'data-activity-id': a.id, 'data-role': a.role },
      el('h2', { class: 'activity-name' }, a.name),
      a.description ? el('p', { class: 'description' }, a.description) : null,
      el('div', { class: 'badges' },
          el('span', { class: 'role' }, a.moderator ? 'You moderate' : 'You attend'),
          a.recorded ? el('span', { class: 'recorded' }, 'Recorded') : null,
          a.schedule.opensAt ? el('span', { class: 'schedule' },
              when(a.schedule.opensAt) + ' – ' + when(a.schedule.closesAt)) : el('span', { class: 'schedule' }, 'Always open')),
      el('p', {}, 'Meeting: ', el('span', { class: 'meeting-status', 'data-state': a.status.state,
          'data-participants': a.status.participants }, a.status.text)),
      el('div', { class: 'actions' },
          // A plain link: the server answers with a redirect into BBB, or a waiting / closed page.
          el('a', { class: 'join' + (schedule ? ' disabled' : ''), href: a.joinUrl, title: schedule || 'Join the meeting' },
              a.moderator ? 'Start / join' : 'Join'),
          el('span', { class: 'join-outcome', 'data-schedule': a.schedule.state }, schedule),
          a.moderator ? guestButton(a) : null),
      a.moderator ? el('p', { class: 'guest-link-url', hidden: true }) : null);

  if (a.sections.length) {
    card.append(el('h3', {}, 'Breakout rooms (sections)'),
        el('ul', { class: 'sections' }, a.sections.map(s =>
            el('li', { class: 'section' + (s.mine ? ' mine' : ''), 'data-section-id': s.id },
                el('span', { class: 'section-name' }, s.name), ': ',
                el('span', { class: 'section-members' }, s.members.join(', ')),
                s.mine ? el('span', { class: 'muted' }, ' (your room)') : null))));
  }
  card.append(el('h3', {}, 'Recordings'));
  const recordings = el('ul', { class: 'recordings' }, a.recordings.map(r => recordingItem(a, r)));
  card.append(recordings);
  if (!a.recordings.length) card.append(el('p', { class: 'muted no-recordings' }, 'No recordings yet.'));
  card.append(el('p', { class: 'error action-error', hidden: true }));
  return card;
}

function guestButton(a) {
  const button = el('button', { class: 'guest-link', type: 'button' }, 'Invite a guest');
  button.addEventListener('click', async () => {
    const card = button.closest('.activity');
    try {
      const link = await api('courses/' + encodeURIComponent(state.course) + '/activities/'
          + encodeURIComponent(a.id) + '/guest-link', { method: 'POST' });
      const out = card.querySelector('.guest-link-url');
      out.replaceChildren('Guest link (valid until ' + when(link.expiresAt) + '; anyone with it can join): ',
          el('a', { href: link.url, target: '_blank', rel: 'noopener' }, link.url));
      out.hidden = false;
    } catch (e) {
      actionError(card, e.message);
    }
  });
  return button;
}

function recordingItem(a, r) {
  const base = 'courses/' + encodeURIComponent(state.course) + '/activities/' + encodeURIComponent(a.id)
      + '/recordings/' + encodeURIComponent(r.recordID);
  const item = el('li', { class: 'recording', 'data-record-id': r.recordID },
      el('span', { class: 'recording-name' }, r.name + (r.section ? ' – ' + r.section : '')),
      el('span', { class: 'muted recording-date' }, ' ' + new Date(r.startTime).toLocaleString()),
      el('span', { class: 'recording-state' }, r.state + (r.protected ? ', protected' : '')),
      r.playbackUrl ? el('a', { class: 'play', href: r.playbackUrl, target: '_blank', rel: 'noopener' }, 'Play')
          : el('span', { class: 'muted' }, 'processing'));
  if (a.moderator) {   // the server refuses these for anyone else (403) even if a page showed them
    const button = (cls, label, method, path) => {
      const b = el('button', { class: cls, type: 'button' }, label);
      b.addEventListener('click', async () => {
        if (cls === 'delete' && !confirm('Delete this recording for good?')) return;
        try {
          await api(base + path, { method });
          await renderActivity(a.id);
        } catch (e) {
          actionError(item.closest('.activity'), e.message);
        }
      });
      return b;
    };
    item.append(r.published ? button('unpublish', 'Unpublish', 'POST', '/unpublish')
        : button('publish', 'Publish', 'POST', '/publish'));
    // protected is null when the server does not say (BBB itself has no protected recordings; Scalelite has)
    if (r.protected !== true) item.append(button('protect', 'Protect', 'POST', '/protect'));
    if (r.protected !== false) item.append(button('unprotect', 'Unprotect', 'POST', '/unprotect'));
    item.append(button('delete', 'Delete', 'DELETE', ''));
  }
  return item;
}

function actionError(card, message) {
  const e = card && card.querySelector('.action-error');
  if (e) {
    e.textContent = message;
    e.hidden = false;
  }
}

/** Events BBB sent through the callback endpoint: list them, re-render the activities they concern. */
async function pollEvents() {
  let answer;
  try {
    answer = await api('events?after=' + state.lastEvent);
  } catch (e) {
    return;   // next time
  }
  const list = document.getElementById('events');
  const touched = new Set();
  let unknown = false;
  for (const e of answer.events) {
    state.lastEvent = Math.max(state.lastEvent, e.seq);
    const what = e.type === 'MeetingEnded' ? 'Meeting ended' + (e.detail ? ' (' + e.detail + ')' : '')
        : 'Recording ready: ' + e.recordID;
    const where = e.course ? e.course + ' / ' + e.activity : e.meetingID;
    list.prepend(el('li', { class: 'event', 'data-seq': e.seq, 'data-type': e.type },
        el('time', { datetime: e.at }, new Date(e.at).toLocaleTimeString()), ' ', what, ' — ', where));
    if (e.course === state.course) touched.add(e.activity); else if (!e.course) unknown = true;
  }
  if (unknown) await renderCourse();   // e.g. a breakout room's recording: refresh every card
  else for (const id of touched) await renderActivity(id);
}

init().catch(e => showError('Could not start: ' + e.message));
