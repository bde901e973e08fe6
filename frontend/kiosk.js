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

    const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(check, idleMillis);
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
        document.body.dataset.kioskCovered = coveredText || '';
        restart();
    };

    window.kioskIdleUncover = () => {
        document.documentElement.classList.remove('kiosk-idle-covered');
        lastTouch = Date.now();
        restart();
    };
})();

/*
 * A row of one-tap chips (ChoiceChips and ToggleChips on the server): the server sets the words ("labels", a JSON
 * array) and the chosen indexes ("selected", comma-separated, -1 for none); a tap reports its chip's index as
 * "kiosk-choose". The chip is shown as
 * chosen only when the server says so, so the screen never shows a value the kiosk did not take.
 */
(() => {
    if (customElements.get('kiosk-chips')) {
        return;
    }

    class Chips extends HTMLElement {
        static get observedAttributes() {
            return ['labels', 'selected'];
        }

        connectedCallback() {
            if (!this.drawn) {
                this.draw();
            }
        }

        attributeChangedCallback(name) {
            if (name === 'labels' || !this.drawn) {
                this.draw();
            } else {
                this.mark();
            }
        }

        draw() {
            let labels = [];
            try {
                labels = JSON.parse(this.getAttribute('labels') || '[]');
            } catch (e) {
                /* no words: no chips */
            }
            this.replaceChildren(...labels.map((label, index) => {
                const chip = document.createElement('vaadin-button');
                chip.className = 'kiosk-chip';
                chip.textContent = label;
                chip.addEventListener('click', () => this.dispatchEvent(new CustomEvent('kiosk-choose', { detail: { index } })));
                return chip;
            }));
            this.drawn = true;
            this.mark();
        }

        mark() {
            // One index (a choice), or several (ToggleChips: each chip on or off); -1 for none.
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

    customElements.define('kiosk-chips', Chips);
})();
