/*
 * Stretch Kiosk: locks the tablet after the idle time without a touch, a click or a key.
 * Only the person at the tablet counts as activity: heartbeats, polls and push do not.
 */
(() => {
    if (window.kioskIdleLock) {
        return;
    }
    let timer = null;
    let target = null;
    let idleMillis = 300000;
    const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            if (target && target.isConnected && target.$server) {
                target.$server.idle();
            }
        }, idleMillis);
    };
    ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(type =>
        document.addEventListener(type, restart, { capture: true, passive: true }));
    window.kioskIdleLock = (element, millis) => {
        target = element;
        idleMillis = millis;
        restart();
    };
})();
