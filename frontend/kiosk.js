/*
 * Stretch Kiosk: locks the tablet after the idle time without a touch, a click or a key in any of its tabs.
 * Only the person at the tablet counts as activity: heartbeats, polls and push do not. Tabs share the time of
 * the last touch through localStorage, so a tab in the background never locks a tablet that is in use. When
 * the time has passed, the page is covered at once, before the server is asked: a tablet without a connection
 * shows no client either. The lock screen takes the cover away.
 */
(() => {
    if (window.kioskIdleLock) {
        return;
    }
    const SHARED = 'kiosk-last-touch';
    let timer = null;
    let target = null;
    let idleMillis = 300000;
    let lastTouch = Date.now();

    const sharedTouch = () => {
        try {
            return Number(localStorage.getItem(SHARED) || 0);
        } catch (e) {
            return 0;
        }
    };

    const check = () => {
        const quiet = Date.now() - Math.max(lastTouch, sharedTouch());
        if (quiet < idleMillis) {
            timer = setTimeout(check, idleMillis - quiet);
            return;
        }
        document.documentElement.classList.add('kiosk-idle-covered');
        if (target && target.isConnected && target.$server) {
            target.$server.idle();
        }
    };

    let stopped = true;

    const restart = () => {
        clearTimeout(timer);
        timer = stopped ? null : setTimeout(check, idleMillis);
    };

    const touched = () => {
        lastTouch = Date.now();
        try {
            localStorage.setItem(SHARED, String(lastTouch));
        } catch (e) {
            /* private mode: this tab still counts its own touches */
        }
        restart();
    };

    ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(type =>
        document.addEventListener(type, touched, { capture: true, passive: true }));

    window.kioskIdleLock = (element, millis, coveredText) => {
        target = element;
        idleMillis = millis;
        stopped = false;
        document.body.dataset.kioskCovered = coveredText || '';
        restart();
    };

    // The page is no tablet's any more (a browser made a client display in this tab): no idle lock, no cover.
    window.kioskIdleStop = () => {
        stopped = true;
        target = null;
        clearTimeout(timer);
        timer = null;
        document.documentElement.classList.remove('kiosk-idle-covered');
    };

    window.kioskIdleUncover = () => {
        document.documentElement.classList.remove('kiosk-idle-covered');
        lastTouch = Date.now();
        restart();
    };
})();

/*
 * A tap shows what it does in the next frame, whatever the Wi-Fi: a studio's behind thick walls adds 100–400 ms to each
 * answer, and a therapist who sees nothing taps again. window.kioskPending(element, settle) marks an element as showing
 * what a tap will do before the kiosk has answered; once every answer is back (Vaadin's connection is "connected"
 * again: one request at a time, so a second tap waits for the first answer and keeps it "loading"), settle() draws
 * what the kiosk says, which confirms or corrects. Offline, the element keeps showing the tap until it is answered.
 */
(() => {
    if (window.kioskPending) {
        return;
    }
    const pending = new Map();
    let listening = false;

    const state = () => (window.Vaadin && window.Vaadin.connectionState ? window.Vaadin.connectionState.state : 'connected');

    const settleAll = () => {
        const settling = [...pending.entries()];
        pending.clear();
        settling.forEach(([element, settle]) => settle(element));
    };

    window.kioskPending = (element, settle) => {
        pending.set(element, settle);
        if (!listening && window.Vaadin && window.Vaadin.connectionState) {
            listening = true;
            window.Vaadin.connectionState.addStateChangeListener((before, now) => {
                if (now === 'connected') {
                    settleAll();
                }
            });
        }
        // A tap the kiosk was never sent (nothing to send, or sent and answered before this looked): settled all the
        // same once no request is on its way.
        setTimeout(() => {
            if (state() === 'connected') {
                settleAll();
            }
        }, 150);
    };

    // Log, Skip and STOP (class kiosk-sends) say "Sending…" (session.css) from the tap to the answer.
    document.addEventListener('click', event => {
        const button = event.composedPath().find(n => n instanceof HTMLElement && n.classList.contains('kiosk-sends'));
        if (button && !button.hasAttribute('disabled')) {
            button.setAttribute('data-sending', '');
            button.setAttribute('aria-busy', 'true');
            window.kioskPending(button, b => {
                b.removeAttribute('data-sending');
                b.removeAttribute('aria-busy');
            });
        }
    }, true);
})();

/*
 * Elements drawn from their words, which the server sets as a JSON array in an attribute.
 * Buttons (DrawnButtons on the server): the words are in "labels", and a tap reports its button's index as "kiosk-tap".
 *   <kiosk-chips> (ChoiceChips, ToggleChips): a row of chips; "selected" holds the chosen indexes, comma-separated
 *     (-1 for none); "mode" is "one" (a tap chooses its chip) or "many" (a tap turns its chip on or off). A tap shows
 *     its chip chosen at once; the kiosk's answer then says what it took ("selected"), which is what stays.
 *   <kiosk-stepper> (Stepper): an optional "caption", the first "before" buttons, the "value", the other buttons;
 *     "names" says each button's purpose to a screen reader, "step-class" and "value-class" are for the CSS. With a
 *     "ladder" (the values around this one as shown, in order), "at" (this one's place in it, or where the first step
 *     starts from) and "moves" (how many places each button moves), a tap shows the value it leads to at once.
 * <kiosk-steps> (StretchSteps): a stretch's numbered steps, from "steps".
 */
(() => {
    if (customElements.get('kiosk-chips')) {
        return;
    }

    const words = (element, name) => {
        try {
            const parsed = JSON.parse(element.getAttribute(name) || '[]');
            return Array.isArray(parsed) ? parsed : [];
        } catch (e) {
            return [];
        }
    };

    class DrawnButtons extends HTMLElement {
        connectedCallback() {
            if (!this.drawn) {
                this.draw();
            }
        }

        attributeChangedCallback(name) {
            if (!this.drawn || this.redrawnBy(name)) {
                this.draw();
            } else {
                this.update();
            }
        }

        button(label, index, className) {
            const button = document.createElement('vaadin-button');
            button.className = className || '';
            button.textContent = label;
            button.addEventListener('click', () => {
                if (!this.hasAttribute('disabled')) {
                    this.showTap(index);
                    window.kioskPending(this, element => element.settle());
                }
                this.dispatchEvent(new CustomEvent('kiosk-tap', { detail: { index } }));
            });
            return button;
        }

        /** The kiosk has answered every tap: show what it says. */
        settle() {
            this.tapped = null;
            this.update();
        }

        draw() {
            this.drawn = true;
            this.replaceChildren(...this.parts(words(this, 'labels')));
            this.update();
        }
    }

    class Chips extends DrawnButtons {
        static get observedAttributes() {
            return ['labels', 'selected', 'mode'];
        }

        redrawnBy(name) {
            return name === 'labels';
        }

        parts(labels) {
            return labels.map((label, index) => this.button(label, index, 'kiosk-chip'));
        }

        selected() {
            return new Set((this.getAttribute('selected') || '-1').split(',').map(Number));
        }

        /** What the tap will choose, shown until the kiosk answers (taps made before it does build on each other). */
        showTap(index) {
            const chosen = new Set(this.tapped || this.selected());
            if (this.getAttribute('mode') !== 'many') {
                chosen.clear();
                chosen.add(index);
            } else if (!chosen.delete(index)) {
                chosen.add(index);
            }
            this.tapped = chosen;
            this.paint(chosen);
        }

        update() {
            if (!this.tapped) {
                this.paint(this.selected());
            }
        }

        paint(selected) {
            [...this.children].forEach((chip, index) => {
                chip.setAttribute('aria-pressed', String(selected.has(index)));
                if (selected.has(index)) {
                    chip.setAttribute('theme', 'primary');
                } else {
                    chip.removeAttribute('theme');
                }
            });
        }
    }

    class Stepper extends DrawnButtons {
        static get observedAttributes() {
            return ['labels', 'before', 'names', 'caption', 'step-class', 'value-class', 'value', 'ladder', 'at', 'moves'];
        }

        redrawnBy(name) {
            return !['value', 'ladder', 'at', 'moves'].includes(name);
        }

        /** The value the tap leads to, from the ladder, shown until the kiosk answers; nothing without a ladder. */
        showTap(index) {
            const ladder = words(this, 'ladder');
            const move = Number(words(this, 'moves')[index]);
            if (!ladder.length || !Number.isInteger(move)) {
                return;
            }
            const from = this.tapped !== null && this.tapped !== undefined ? this.tapped : Number(this.getAttribute('at') || 0);
            this.tapped = Math.max(0, Math.min(ladder.length - 1, from + move));
            this.value.textContent = ladder[this.tapped];
        }

        parts(labels) {
            const names = words(this, 'names');
            const before = Number(this.getAttribute('before') || 0);
            const buttons = labels.map((label, index) => {
                const button = this.button(label, index, this.getAttribute('step-class'));
                if (names[index]) {
                    button.setAttribute('aria-label', names[index]);
                }
                return button;
            });
            this.value = document.createElement('span');
            this.value.className = this.getAttribute('value-class') || '';
            const caption = this.getAttribute('caption');
            const captionSpan = document.createElement('span');
            captionSpan.textContent = caption || '';
            return [...(caption ? [captionSpan] : []), ...buttons.slice(0, before), this.value, ...buttons.slice(before)];
        }

        update() {
            if (this.tapped === null || this.tapped === undefined) {
                this.value.textContent = this.getAttribute('value') || '';
            }
        }
    }

    class StretchSteps extends HTMLElement {
        static get observedAttributes() {
            return ['steps'];
        }

        connectedCallback() {
            this.draw();
        }

        attributeChangedCallback() {
            this.draw();
        }

        draw() {
            const list = document.createElement('ol');
            list.replaceChildren(...words(this, 'steps').map(step => {
                const item = document.createElement('li');
                item.textContent = step;
                return item;
            }));
            this.replaceChildren(list);
        }
    }

    customElements.define('kiosk-chips', Chips);
    customElements.define('kiosk-stepper', Stepper);
    customElements.define('kiosk-steps', StretchSteps);
})();
