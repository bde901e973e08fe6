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
