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
 * Elements drawn from their words, which the server sets as a JSON array in an attribute.
 * Buttons (DrawnButtons on the server): the words are in "labels", and a tap reports its button's index as "kiosk-tap".
 *   <kiosk-chips> (ChoiceChips, ToggleChips): a row of chips; "selected" holds the chosen indexes, comma-separated
 *     (-1 for none). A chip is shown as chosen only when the server says so: the screen never shows a value the
 *     kiosk did not take.
 *   <kiosk-stepper> (Stepper): an optional "caption", the first "before" buttons, the "value", the other buttons;
 *     "names" says each button's purpose to a screen reader, "step-class" and "value-class" are for the CSS.
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
            button.addEventListener('click', () => this.dispatchEvent(new CustomEvent('kiosk-tap', { detail: { index } })));
            return button;
        }

        draw() {
            this.drawn = true;
            this.replaceChildren(...this.parts(words(this, 'labels')));
            this.update();
        }
    }

    class Chips extends DrawnButtons {
        static get observedAttributes() {
            return ['labels', 'selected'];
        }

        redrawnBy(name) {
            return name === 'labels';
        }

        parts(labels) {
            return labels.map((label, index) => this.button(label, index, 'kiosk-chip'));
        }

        update() {
            const selected = new Set((this.getAttribute('selected') || '-1').split(',').map(Number));
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
            return ['labels', 'before', 'names', 'caption', 'step-class', 'value-class', 'value'];
        }

        redrawnBy(name) {
            return name !== 'value';
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
            this.value.textContent = this.getAttribute('value') || '';
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
