@NullMarked
package com.stretchkiosk.client.ui;

import org.jspecify.annotations.NullMarked;
