@NullMarked
package com.stretchkiosk.backup.ui;

import org.jspecify.annotations.NullMarked;
