@NullMarked
package com.stretchkiosk.client;

import org.jspecify.annotations.NullMarked;
