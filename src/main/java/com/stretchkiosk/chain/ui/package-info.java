/** The chain's screens: the hub's studios, and a studio's line saying when it last reached the hub. */
@NullMarked
package com.stretchkiosk.chain.ui;

import org.jspecify.annotations.NullMarked;
