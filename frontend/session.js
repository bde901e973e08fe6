/*
 * Stretch Kiosk session screen helpers: plain custom elements, no build step.
 * They run in the browser so the hold timer, the breathing pacer and the elapsed time stay smooth
 * whatever the network does; the server only sets attributes and listens for events.
 */
(() => {
    const audio = { context: null };

    /*
     * The server's clock (kiosk-server-time): Date.now() corrected by the offset measured with the shortest round
     * trip of a few asks, so a tablet and its client display count one hold and one breath from the same moment.
     */
    const clock = window.kioskClock || (window.kioskClock = { offset: 0, now() { return Date.now() + this.offset; } });

    class ServerTime extends HTMLElement {
        connectedCallback() {
            this.sync();
            this.every = setInterval(() => this.sync(), 60000);
            this.online = () => this.sync();
            window.addEventListener('online', this.online);
        }

        disconnectedCallback() {
            clearInterval(this.every);
            window.removeEventListener('online', this.online);
        }

        async sync() {
            if (!this.$server) {
                setTimeout(() => this.sync(), 200);
                return;
            }
            let best = null;
            for (let i = 0; i < 5; i++) {
                const sent = Date.now();
                let server;
                try {
                    server = await this.$server.serverNow();
                } catch (e) {
                    return;   /* no connection: keep the offset measured before */
                }
                const back = Date.now();
                if (!best || back - sent < best.trip) {
                    best = { trip: back - sent, offset: server - (sent + back) / 2 };
                }
            }
            const moved = Math.abs(best.offset - clock.offset) > 20;
            clock.offset = best.offset;
            clock.trip = best.trip;
            clock.synced = true;
            if (moved) {
                window.dispatchEvent(new Event('kiosk-clock'));
            }
        }
    }

    function muted() {
        return localStorage.getItem('kiosk-muted') === 'true';
    }

    function beep(frequency, millis) {
        if (muted()) {
            return;
        }
        try {
            audio.context = audio.context || new (window.AudioContext || window.webkitAudioContext)();
            const oscillator = audio.context.createOscillator();
            const gain = audio.context.createGain();
            oscillator.frequency.value = frequency;
            gain.gain.value = 0.2;
            oscillator.connect(gain).connect(audio.context.destination);
            oscillator.start();
            oscillator.stop(audio.context.currentTime + millis / 1000);
        } catch (e) {
            /* no sound on this tablet: the visual cue still shows */
        }
    }

    /**
     * <kiosk-hold-timer seconds="30" get-ready="3">: tap to start; a ring fills; an end cue sounds. It reports its
     * start (hold-started, in the server's time) and the seconds held (hold-held). With "follow" (a client display)
     * it is not tapped: it runs from the reported start (started-at) and shows the end the tablet reported (held).
     */
    class HoldTimer extends HTMLElement {
        connectedCallback() {
            if (!this.ring || this.builtFollowing !== this.follows) {
                this.build();
            }
        }

        /** The face: a button to tap on a tablet, a plain dial on a display (which may learn it follows after connecting). */
        build() {
            this.builtFollowing = this.follows;
            const face = this.follows ? 'div' : 'button type="button"';
            this.innerHTML = `
              <${face} class="kiosk-timer-face" aria-live="polite">
                <svg viewBox="0 0 120 120" aria-hidden="true">
                  <circle class="kiosk-timer-track" cx="60" cy="60" r="52"></circle>
                  <circle class="kiosk-timer-ring" cx="60" cy="60" r="52"></circle>
                </svg>
                <span class="kiosk-timer-number"></span>
                <span class="kiosk-timer-label"></span>
              </${face.split(' ')[0]}>` + (this.follows ? '' : '<button class="kiosk-timer-mute" type="button"></button>');
            this.ring = this.querySelector('.kiosk-timer-ring');
            this.number = this.querySelector('.kiosk-timer-number');
            this.label = this.querySelector('.kiosk-timer-label');
            this.muteButton = null;
            if (!this.follows) {
                this.muteButton = this.querySelector('.kiosk-timer-mute');
                this.querySelector('.kiosk-timer-face').addEventListener('click', () => this.toggle());
                this.muteButton.addEventListener('click', () => {
                    localStorage.setItem('kiosk-muted', String(!muted()));
                    this.showMute();
                });
                this.showMute();
            }
            this.follow();
        }

        get follows() {
            return this.hasAttribute('follow');
        }

        /** A word from the server's translations (label-start, label-hold, …). */
        word(name) {
            return this.getAttribute('label-' + name) || '';
        }

        /** A new hold length, or a new attempt: ready to start again. A follower also takes a start or an end. */
        static get observedAttributes() {
            return ['seconds', 'attempt', 'started-at', 'held', 'follow', 'label-start', 'label-sound-on'];
        }

        attributeChangedCallback(name, before, after) {
            if (!this.ring || before === after) {
                return;
            }
            if (this.builtFollowing !== this.follows) {
                this.build();
            } else {
                this.follow();
            }
        }

        /** Shows what the attributes say: on a tablet a reset; on a display also a start or an end. */
        follow() {
            this.reset();
            if (this.muteButton) {
                this.showMute();
            }
            if (!this.follows) {
                return;
            }
            if (this.hasAttribute('held')) {
                const held = Number(this.getAttribute('held'));
                this.dataset.state = held >= this.seconds ? 'done' : 'stopped';
                this.number.textContent = held >= this.seconds ? '✓' : held;
                this.label.textContent = this.word(held >= this.seconds ? 'release' : 'stopped');
                this.setProgress(Math.min(1, held / this.seconds));
            } else if (this.hasAttribute('started-at')) {
                this.run(Number(this.getAttribute('started-at')));
            }
        }

        get seconds() {
            return Number(this.getAttribute('seconds') || 30);
        }

        get getReady() {
            return Number(this.getAttribute('get-ready') || 3);
        }

        showMute() {
            this.muteButton.textContent = this.word(muted() ? 'sound-off' : 'sound-on');
        }

        toggle() {
            if (this.state === 'idle' || this.state === 'done') {
                this.start();
            } else {
                this.stop();
            }
        }

        start() {
            this.run(clock.now());
            this.dispatchEvent(new CustomEvent('hold-started', { detail: { at: this.startedAt } }));
        }

        /** Runs the hold from {@code at}, the server's epoch milliseconds when it was started. */
        run(at) {
            this.stopTicking();
            this.state = 'ready';
            this.startedAt = at;
            this.tick = setInterval(() => this.update(), 100);
            this.update();
        }

        /** Stops the hold (also called by the server on STOP) and reports the seconds held. */
        stop() {
            const held = this.heldSeconds();
            this.stopTicking();
            this.state = 'idle';
            this.dataset.state = 'stopped';
            this.label.textContent = this.word('stopped');
            this.dispatchEvent(new CustomEvent('hold-held', { detail: { seconds: held } }));
        }

        reset() {
            this.stopTicking();
            this.state = 'idle';
            this.startedAt = null;
            this.dataset.state = 'idle';
            this.number.textContent = this.seconds;
            this.label.textContent = this.word('start');
            this.setProgress(0);
        }

        stopTicking() {
            if (this.tick) {
                clearInterval(this.tick);
                this.tick = null;
            }
        }

        heldSeconds() {
            if (!this.startedAt || this.state === 'idle') {
                return 0;
            }
            const elapsed = (clock.now() - this.startedAt) / 1000 - this.getReady;
            return Math.max(0, Math.min(this.seconds, Math.round(elapsed)));
        }

        /** Milliseconds until the hold ends, get-ready included; the whole time when not started (benchmarks read it). */
        remainingMs() {
            const whole = (this.getReady + this.seconds) * 1000;
            if (this.startedAt == null) {
                return this.state === 'idle' && this.dataset.state === 'idle' ? whole : 0;
            }
            return Math.max(0, Math.min(whole, whole - (clock.now() - this.startedAt)));
        }

        update() {
            const elapsed = (clock.now() - this.startedAt) / 1000;
            if (elapsed < this.getReady) {
                this.dataset.state = 'ready';
                this.number.textContent = Math.ceil(this.getReady - elapsed);
                this.label.textContent = this.word('ready');
                this.setProgress(0);
                return;
            }
            if (this.state === 'ready') {
                this.state = 'holding';
                if (!this.follows) {
                    beep(660, 150);
                }
            }
            const held = elapsed - this.getReady;
            if (held >= this.seconds) {
                this.stopTicking();
                this.state = 'done';
                this.dataset.state = 'done';
                this.number.textContent = '✓';
                this.label.textContent = this.word('release');
                this.setProgress(1);
                if (!this.follows) {
                    beep(880, 400);
                    this.dispatchEvent(new CustomEvent('hold-held', { detail: { seconds: this.seconds } }));
                }
                return;
            }
            this.dataset.state = 'holding';
            this.number.textContent = Math.ceil(this.seconds - held);
            this.label.textContent = this.word('hold');
            this.setProgress(held / this.seconds);
        }

        setProgress(fraction) {
            const circumference = 2 * Math.PI * 52;
            this.ring.style.strokeDasharray = `${circumference}`;
            this.ring.style.strokeDashoffset = `${circumference * (1 - fraction)}`;
        }

        disconnectedCallback() {
            this.stopTicking();
        }
    }

    /*
     * STOP stops the hold at once, in the browser: the seconds held reach the kiosk (hold-held) before the STOP
     * itself, in the same message, so the pain stop is stored with them.
     */
    document.addEventListener('click', event => {
        const stop = event.target && event.target.closest ? event.target.closest('.kiosk-stop') : null;
        const timer = stop && stop.closest('.kiosk-active') ? stop.closest('.kiosk-active').querySelector('kiosk-hold-timer') : null;
        if (timer && (timer.state === 'ready' || timer.state === 'holding')) {
            timer.stop();
        }
    }, true);

    /**
     * <kiosk-breath-pacer pace="5" since="epoch millis">: a circle that grows on the inhale and shrinks on the exhale,
     * its breaths counted from {@code since} in the server's time, so every screen showing it breathes in step.
     */
    class BreathPacer extends HTMLElement {
        connectedCallback() {
            if (!this.circle) {
                this.innerHTML = `<div class="kiosk-pacer-stage"><div class="kiosk-pacer-circle"></div><span class="kiosk-pacer-label"></span></div>`;
                this.circle = this.querySelector('.kiosk-pacer-circle');
                this.label = this.querySelector('.kiosk-pacer-label');
                this.circle.addEventListener('animationiteration', () => this.flip());
                // The server's clock became known (or moved): breathe in step with it.
                this.clockMoved = () => this.apply();
            }
            this.apply();
            window.addEventListener('kiosk-clock', this.clockMoved);
        }

        disconnectedCallback() {
            window.removeEventListener('kiosk-clock', this.clockMoved);
        }

        static get observedAttributes() {
            return ['pace', 'since', 'label-in', 'label-out'];
        }

        attributeChangedCallback() {
            if (this.circle) {
                this.apply();
            }
        }

        apply() {
            const pace = Math.max(5, Math.min(10, Number(this.getAttribute('pace') || 5)));
            const since = Number(this.getAttribute('since') || clock.now());
            const into = ((clock.now() - since) % (2 * pace * 1000) + 2 * pace * 1000) % (2 * pace * 1000);
            this.style.setProperty('--kiosk-pace', `${pace}s`);
            this.circle.style.animation = 'none';
            void this.circle.offsetWidth;
            this.circle.style.animation = '';
            this.circle.style.animationDelay = `-${into}ms`;
            this.inhaling = into < pace * 1000;
            this.showPhase();
        }

        flip() {
            this.inhaling = !this.inhaling;
            this.showPhase();
        }

        showPhase() {
            this.dataset.phase = this.inhaling ? 'in' : 'out';
            this.label.textContent = this.getAttribute(this.inhaling ? 'label-in' : 'label-out') || '';
        }
    }

    /** <kiosk-elapsed since="epoch millis" until="epoch millis">: minutes and seconds of the session; stops at until. */
    class Elapsed extends HTMLElement {
        connectedCallback() {
            this.update();
            if (!this.hasAttribute('until')) {
                this.tick = setInterval(() => this.update(), 1000);
            }
        }

        disconnectedCallback() {
            clearInterval(this.tick);
        }

        update() {
            const end = this.hasAttribute('until') ? Number(this.getAttribute('until')) : Date.now();
            const seconds = Math.max(0, Math.floor((end - Number(this.getAttribute('since'))) / 1000));
            const minutes = Math.floor(seconds / 60);
            this.textContent = `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
        }
    }

    /**
     * A foot pedal or presentation clicker is a keyboard: on the session screen its keys do what the taps do
     * (the map is the session's data-keys). A held key's repeats, keys typed into a field, Enter and Space on a
     * focused control, other screens and a covered (idle) tablet do nothing.
     */
    function pedalKey(event) {
        const session = document.querySelector('.kiosk-session[data-keys]');
        if (!session || document.documentElement.classList.contains('kiosk-idle-covered') || event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        const path = event.composedPath();
        if (path.some(n => n instanceof HTMLElement && (n.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName)))) {
            return;
        }
        const focusedControl = path.some(n => n instanceof HTMLElement && /^(BUTTON|A|VAADIN-BUTTON)$/.test(n.tagName));
        if (focusedControl && (event.key === 'Enter' || event.key === ' ')) {
            return;
        }
        const action = JSON.parse(session.dataset.keys)[event.key];
        if (!action) {
            return;
        }
        event.preventDefault();
        if (event.repeat) {
            return;
        }
        const shown = selector => [...document.querySelectorAll('.kiosk-active:not(.kiosk-away) ' + selector)]
            .find(e => e.offsetParent !== null && !e.hasAttribute('disabled'));
        const target = { TIMER: () => shown('.kiosk-timer-face'), LOG: () => shown('vaadin-button.kiosk-log'),
            STOP: () => shown('vaadin-button.kiosk-stop') }[action];
        if (target) {
            const control = target();
            if (control) {
                control.click();
            }
        } else if (action === 'NEXT') {
            session.dispatchEvent(new CustomEvent('kiosk-next'));
        }
    }

    /*
     * Log, Skip and STOP carry what their label showed when the finger landed (SlotTap): the slot and the note typed.
     * A second tap on the same label while the first one's answer is still on its way is the same tap, unless something
     * was set again in between (a note typed, a chip, the stepper, the timer): then it is meant for the repetition
     * after that one, and says so ("after"). Taps queued during an outage thus reach the kiosk in order, each for its
     * own repetition with its own note, and a double tap or a tap on a slow answer stores one repetition.
     */
    const tapState = panel => panel.kioskTap || (panel.kioskTap = { pending: '', touched: false });

    window.kioskTapAfter = button => {
        const panel = button.closest('.kiosk-active');
        const slot = button.getAttribute('data-slot') || '';
        if (!panel || button.classList.contains('kiosk-stop')) {
            return '';
        }
        const state = tapState(panel);
        const after = slot && state.pending === slot && state.touched ? slot : '';
        state.pending = slot;
        state.touched = false;
        return after;
    };

    window.kioskTapNote = button => {
        const panel = button.closest('.kiosk-active');
        const note = panel ? panel.querySelector('.kiosk-note') : null;
        return note && typeof note.value === 'string' ? note.value : '';
    };

    const touched = event => {
        const path = event.composedPath ? event.composedPath() : [];
        const inside = path.find(n => n instanceof HTMLElement && (n.classList.contains('kiosk-recording') || n.classList.contains('kiosk-timer')));
        const panel = inside ? inside.closest('.kiosk-active') : null;
        if (panel) {
            tapState(panel).touched = true;
        }
    };

    if (!window.kioskTapWatch) {
        window.kioskTapWatch = true;
        document.addEventListener('click', touched, true);
        document.addEventListener('input', touched, true);
    }

    if (!window.kioskPedal) {
        window.kioskPedal = true;
        document.addEventListener('keydown', pedalKey, true);
        // In full screen, a clicker's Esc (its start key, alternating with F5) is Next, not "leave full screen":
        // the Keyboard Lock API keeps it for the page; holding Esc still leaves full screen.
        document.addEventListener('fullscreenchange', () => {
            if (document.fullscreenElement && navigator.keyboard && navigator.keyboard.lock) {
                navigator.keyboard.lock(['Escape']).catch(() => { /* not offered: Esc leaves full screen */ });
            }
        });
    }

    /*
     * A stretch tile of the picker (StretchPicker.Tile): the server sets its lines as attributes (name, position,
     * marks, last, caution) and its state as classes; the tile draws them. An empty caution line is hidden.
     */
    const TILE_LINES = ['name', 'position', 'marks', 'last', 'caution'];

    class StretchTile extends HTMLElement {
        static get observedAttributes() {
            return TILE_LINES;
        }

        connectedCallback() {
            this.draw();
            if (!this.watched) {
                // Chosen in the next frame, whatever the Wi-Fi: the kiosk's answer then makes it the active tile.
                this.watched = true;
                this.addEventListener('click', () => {
                    this.setAttribute('data-pending', '');
                    window.kioskPending(this, tile => tile.removeAttribute('data-pending'));
                });
            }
        }

        attributeChangedCallback(name, before, now) {
            if (this.lines) {
                this.show(name, now);
            }
        }

        draw() {
            if (!this.lines) {
                this.lines = {};
                TILE_LINES.forEach(line => {
                    const span = document.createElement('span');
                    span.className = 'kiosk-stretch-tile-' + line;
                    this.lines[line] = span;
                    this.appendChild(span);
                });
            }
            TILE_LINES.forEach(line => this.show(line, this.getAttribute(line)));
        }

        show(line, words) {
            const span = this.lines[line];
            span.textContent = words || '';
            span.hidden = line === 'caution' && !words;
        }
    }

    customElements.get('kiosk-hold-timer') || customElements.define('kiosk-hold-timer', HoldTimer);
    customElements.get('kiosk-breath-pacer') || customElements.define('kiosk-breath-pacer', BreathPacer);
    customElements.get('kiosk-elapsed') || customElements.define('kiosk-elapsed', Elapsed);
    customElements.get('kiosk-tile') || customElements.define('kiosk-tile', StretchTile);
    customElements.get('kiosk-server-time') || customElements.define('kiosk-server-time', ServerTime);
})();
