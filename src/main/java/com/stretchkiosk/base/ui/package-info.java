@NullMarked
package com.stretchkiosk.base.ui;

import org.jspecify.annotations.NullMarked;
