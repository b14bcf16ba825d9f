// Drag-and-drop ordering of an agenda's items, by pointer (mouse, pen, touch) and by keyboard.
// Progressive enhancement: without this file the Move up / Move down forms do the same job.
//
// Each row gets a "Reorder" button. Drag it with a pointer; or press it (Space or Enter) to pick
// the item up, move it with the arrow keys (Home and End for first and last), press it again to
// drop it, Escape to put it back. Every step is announced in a live region. On drop the whole
// order is posted with the page's CSRF token and the agenda's version, and the list is then
// redrawn from the server's page, so numbers, buttons and versions are always the server's: after
// a refusal (someone else changed the agenda, or anything else) the list shows the saved order and
// the page says why.

const DRAG_THRESHOLD_PX = 5;

/** @param {HTMLTableElement} table */
export function enhanceAgendaOrder(table) {
  const action = table.dataset.reorderAction;
  const tokenInput = document.querySelector('input[name="csrf_token"]');
  const body = table.tBodies[0];
  if (!action || !(tokenInput instanceof HTMLInputElement) || !body) return;
  const csrfToken = tokenInput.value;

  const help = document.createElement('p');
  help.className = 'govuk-hint';
  help.id = 'agenda-order-help';
  help.textContent =
    'To reorder, drag an item by its Reorder button; or press the button, move the item with the up and down ' +
    'arrow keys, and press it again to drop it (Escape puts it back). The new order is saved when you drop it.';
  const message = document.createElement('div');
  message.id = 'agenda-order-message';
  const live = document.createElement('div');
  live.className = 'govuk-visually-hidden';
  live.setAttribute('aria-live', 'assertive');
  live.setAttribute('aria-atomic', 'true');
  const region = table.closest('.quorum-table-region') ?? table;
  region.before(help, message);
  region.after(live);

  /**
   * The item being moved: its row, the order before it was picked up, and how (keyboard or pointer).
   * @type {{ row: HTMLTableRowElement, before: string[], pointer: boolean } | null}
   */
  let moving = null;
  /** A pointer pressed on a handle, not yet dragged far enough to be a drag. */
  let pressed = null;
  /** Set when a pointer drag ends, so the click the browser sends after it does not pick the item up again. */
  let justDragged = false;
  let saving = false;

  const rows = () => /** @type {HTMLTableRowElement[]} */ ([...body.rows]);
  const order = () => rows().map((r) => r.dataset.itemId ?? '');
  const titleOf = (row) => row.querySelector('a')?.textContent?.trim() ?? 'the item';
  const numberOf = (row) => row.cells[0]?.firstChild?.textContent?.trim() ?? '';
  const handleOf = (row) => /** @type {HTMLButtonElement | null} */ (row.querySelector('[data-drag-handle]'));
  const place = (row) => `position ${rows().indexOf(row) + 1} of ${rows().length}`;

  function announce(text) {
    // A fresh text node each time, so the same words twice are announced twice.
    live.textContent = '';
    live.append(document.createTextNode(text));
  }

  /** A refusal, as a box like the GOV.UK error summary: it stays until the next drop. */
  function showProblem(title, text) {
    const box = document.createElement('div');
    box.className = 'govuk-error-summary';
    const heading = document.createElement('h2');
    heading.className = 'govuk-error-summary__title';
    heading.textContent = title;
    const detail = document.createElement('p');
    detail.className = 'govuk-body govuk-error-summary__body';
    detail.textContent = text;
    box.append(heading, detail);
    message.replaceChildren(box);
  }

  function showSaved(text) {
    const done = document.createElement('p');
    done.className = 'govuk-body govuk-!-font-weight-bold';
    done.textContent = text;
    message.replaceChildren(done);
  }

  /**
   * Moves `row` to place `target` by moving its neighbours past it: the row itself never leaves
   * the document, so its handle keeps the keyboard focus and the pointer.
   */
  function moveTo(row, target) {
    const last = rows().length - 1;
    const to = Math.max(0, Math.min(last, target));
    while (rows().indexOf(row) > to)
      body.insertBefore(/** @type {Element} */ (row.previousElementSibling), row.nextSibling);
    while (rows().indexOf(row) < to) body.insertBefore(/** @type {Element} */ (row.nextElementSibling), row);
  }

  function arrange(ids) {
    const byId = new Map(rows().map((r) => [r.dataset.itemId, r]));
    for (const id of ids) {
      const row = byId.get(id);
      if (row) body.append(row);
    }
  }

  function pickUp(row, pointer) {
    moving = { row, before: order(), pointer };
    row.classList.add('quorum-dragging');
    handleOf(row)?.setAttribute('aria-pressed', 'true');
    if (pointer) document.body.classList.add('quorum-sorting');
    const picked = `Picked up item ${rows().indexOf(row) + 1} of ${rows().length}, ${titleOf(row)}.`;
    announce(
      pointer
        ? picked
        : `${picked} Use the up and down arrow keys to move it, Space or Enter to drop it, Escape to cancel.`,
    );
  }

  function letGo() {
    const current = moving;
    moving = null;
    if (!current) return null;
    current.row.classList.remove('quorum-dragging');
    handleOf(current.row)?.setAttribute('aria-pressed', 'false');
    document.body.classList.remove('quorum-sorting');
    return current;
  }

  /** Puts the item back where it was picked up; `refocus` false when the focus has gone elsewhere. */
  function cancel(refocus = true) {
    const current = letGo();
    if (!current) return;
    // Only this row moved, so moving it back restores the order without taking other rows (and
    // perhaps the element the focus is going to) out of the document.
    moveTo(current.row, current.before.indexOf(current.row.dataset.itemId ?? ''));
    if (refocus) handleOf(current.row)?.focus();
    announce(`Move cancelled. ${titleOf(current.row)} is back at ${place(current.row)}.`);
  }

  function drop() {
    const current = letGo();
    if (!current) return;
    const after = order();
    if (after.join(' ') === current.before.join(' ')) {
      announce(`${titleOf(current.row)} dropped where it was, at ${place(current.row)}. Nothing changed.`);
      return;
    }
    announce(`${titleOf(current.row)} dropped at ${place(current.row)}. Saving the new order.`);
    void save(current.row.dataset.itemId ?? '', current.before);
  }

  function step(row, target) {
    const from = rows().indexOf(row);
    moveTo(row, target);
    handleOf(row)?.focus();
    if (rows().indexOf(row) === from)
      announce(`${titleOf(row)} is already ${from === 0 ? 'first' : 'last'}, at ${place(row)}.`);
    else announce(`${titleOf(row)}, moved to ${place(row)}.`);
  }

  /** The reason a refused request gives: our JSON `message`, or the plain text of a guard's answer. */
  async function reasonOf(response) {
    const type = response.headers.get('content-type') ?? '';
    try {
      if (type.includes('application/json')) return String((await response.json()).message ?? '');
      if (type.includes('text/plain')) return (await response.text()).slice(0, 200);
    } catch {
      // An unreadable answer: fall through to the status.
    }
    return `the server answered ${response.status}`;
  }

  async function save(itemId, before) {
    saving = true;
    table.setAttribute('aria-busy', 'true');
    message.replaceChildren();
    let problem = null;
    let savedVersion = null;
    try {
      const response = await fetch(action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams({
          csrf_token: csrfToken,
          version: table.dataset.agendaVersion ?? '',
          order: order().join(' '),
        }),
      });
      if (response.ok) savedVersion = String((await response.json()).version);
      else if (response.status === 409)
        problem = [
          'Someone else changed this agenda since you opened it',
          'Your new order was not saved. The list now shows the agenda as it is: move the item again if you still need to.',
        ];
      else
        problem = [
          'The new order was not saved',
          `${await reasonOf(response)}. The list shows the order that is saved.`,
        ];
    } catch {
      problem = ['The new order was not saved', 'The server could not be reached. The list shows the order as it was.'];
    }
    // The list as the server has it: after a refusal that is the saved order, not the one dropped.
    let saved = 'The new order is saved.';
    if (!(await redraw())) {
      if (savedVersion) {
        setVersion(savedVersion);
        saved = 'The new order is saved. Reload the page to see its numbers.';
      } else arrange(before);
    }
    saving = false;
    table.removeAttribute('aria-busy');
    const row = rows().find((r) => r.dataset.itemId === itemId);
    if (row) handleOf(row)?.focus();
    if (problem) {
      showProblem(problem[0], problem[1]);
      announce(`${problem[0]}. ${problem[1]}`);
    } else if (row) {
      showSaved(saved);
      announce(`Order saved. ${titleOf(row)} is at ${place(row)}, numbered ${numberOf(row)}.`);
    }
  }

  function setVersion(version) {
    table.dataset.agendaVersion = version;
    // Every form on the page (move, add) names the version it was drawn from.
    for (const input of document.querySelectorAll('input[name="version"]'))
      if (input instanceof HTMLInputElement) input.value = version;
  }

  /** Replaces the rows and the agenda's version with the server's, from a fresh copy of this page. */
  async function redraw() {
    try {
      // The agenda page itself (the order's address without /order), whichever form last drew this one.
      const response = await fetch(action.replace(/\/order$/, ''), {
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { Accept: 'text/html' },
      });
      if (!response.ok) return false;
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
      const freshTable = fresh.getElementById(table.id);
      const freshBody = freshTable instanceof HTMLTableElement ? freshTable.tBodies[0] : undefined;
      const version = freshTable?.getAttribute('data-agenda-version');
      if (!freshBody || !version) return false;
      body.replaceChildren(...[...freshBody.rows].map((r) => document.importNode(r, true)));
      setVersion(version);
      addHandles();
      return true;
    } catch {
      return false;
    }
  }

  function addHandles() {
    for (const row of rows()) {
      if (handleOf(row)) continue;
      const cell = row.cells[row.cells.length - 1];
      if (!cell) continue;
      const handle = document.createElement('button');
      handle.type = 'button';
      handle.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-1 quorum-drag-handle';
      handle.dataset.dragHandle = '';
      handle.setAttribute('aria-pressed', 'false');
      handle.setAttribute('aria-describedby', help.id);
      const icon = document.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = '\u21C5 ';
      const hidden = document.createElement('span');
      hidden.className = 'govuk-visually-hidden';
      hidden.textContent = `: item ${numberOf(row)}, ${titleOf(row)}`;
      handle.append(icon, 'Reorder', hidden);
      cell.prepend(handle);
    }
  }

  body.addEventListener('click', (event) => {
    const handle = event.target instanceof Element ? event.target.closest('[data-drag-handle]') : null;
    if (!handle) return;
    // A pointer drag ends with a click on the handle; a keyboard press sends a click with detail 0.
    if (justDragged && event.detail !== 0) {
      justDragged = false;
      return;
    }
    if (saving) return;
    const row = /** @type {HTMLTableRowElement} */ (handle.closest('tr'));
    if (moving?.row === row) drop();
    else {
      if (moving) cancel();
      pickUp(row, false);
    }
  });

  body.addEventListener('keydown', (event) => {
    if (!moving || moving.pointer || !(event.target instanceof Element) || !event.target.closest('[data-drag-handle]'))
      return;
    const row = moving.row;
    const at = rows().indexOf(row);
    const keys = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: rows().length - 1 };
    if (event.key in keys) {
      event.preventDefault();
      step(row, keys[/** @type {keyof typeof keys} */ (event.key)]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  });

  // Leaving the handle (Tab, a click elsewhere) while an item is picked up by keyboard puts it back.
  body.addEventListener('focusout', (event) => {
    if (moving && !moving.pointer && event.target === handleOf(moving.row)) cancel(false);
  });

  body.addEventListener('pointerdown', (event) => {
    const handle = event.target instanceof Element ? event.target.closest('[data-drag-handle]') : null;
    if (!handle || saving || !event.isPrimary || event.button !== 0) return;
    justDragged = false;
    if (moving) cancel();
    pressed = { row: /** @type {HTMLTableRowElement} */ (handle.closest('tr')), y: event.clientY, id: event.pointerId };
    // Touch would otherwise scroll the page instead of dragging (the handle also has touch-action: none).
    event.preventDefault();
    /** @type {HTMLElement} */ (handle).focus();
  });

  window.addEventListener('pointermove', (event) => {
    if (!pressed || event.pointerId !== pressed.id) return;
    if (!moving) {
      if (Math.abs(event.clientY - pressed.y) < DRAG_THRESHOLD_PX) return;
      pickUp(pressed.row, true);
    }
    const row = pressed.row;
    // The place is where the pointer is among the other rows' middles.
    const others = rows().filter((r) => r !== row);
    let target = others.findIndex((r) => {
      const box = r.getBoundingClientRect();
      return event.clientY < box.top + box.height / 2;
    });
    if (target === -1) target = others.length;
    if (target !== rows().indexOf(row)) {
      moveTo(row, target);
      announce(`${titleOf(row)}, moved to ${place(row)}.`);
    }
  });

  window.addEventListener('pointerup', (event) => {
    if (!pressed || event.pointerId !== pressed.id) return;
    pressed = null;
    if (moving?.pointer) {
      justDragged = true;
      drop();
    }
  });

  window.addEventListener('pointercancel', (event) => {
    if (!pressed || event.pointerId !== pressed.id) return;
    pressed = null;
    if (moving?.pointer) cancel();
  });

  addHandles();
}
