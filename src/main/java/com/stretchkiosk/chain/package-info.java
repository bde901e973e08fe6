/**
 * A studio chain: each studio kiosk sends its rows to a hub (the same application in hub mode, on PostgreSQL) in the
 * background, in order, by their ids, so that a resend stores nothing twice; the hub keeps them by studio and
 * refuses a studio writing another's facts.
 */
@NullMarked
package com.stretchkiosk.chain;

import org.jspecify.annotations.NullMarked;
