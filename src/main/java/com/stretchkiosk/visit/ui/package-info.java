@NullMarked
package com.stretchkiosk.visit.ui;

import org.jspecify.annotations.NullMarked;
