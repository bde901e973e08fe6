@NullMarked
package com.stretchkiosk.history.ui;

import org.jspecify.annotations.NullMarked;
