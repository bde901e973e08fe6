-- The studio's starting catalog (editable by managers later). Step texts are the kiosk's own words.
INSERT INTO stretch_group (id, name, sort_order) VALUES
    (1, 'Trapezius & neck', 1),
    (2, 'Hamstrings', 2),
    (3, 'Upper back', 3);

INSERT INTO stretch (id, group_id, name, position, sided, repetitions, hold_seconds, unit, range_min, range_max, sort_order) VALUES
    (1, 1, 'Upper trapezius (ear to shoulder)', 'Seated or standing', 1, 1, 30, 'DEGREES', 0, 60, 1),
    (2, 1, 'Levator scapulae', 'Seated', 1, 3, 30, 'DEPTH', 0, 10, 2),
    (3, 1, 'Crocodile pose', 'Prone', 0, 1, 60, 'DEPTH', 0, 10, 3),
    (4, 2, 'Simple hamstring (seated forward fold)', 'Long-sitting', 0, 1, 30, 'CENTIMETRES', -40, 30, 1),
    (5, 2, 'Hurdler hamstring (cross-leg forward fold)', 'Supine, one foot over the other', 1, 1, 30, 'DEGREES', 0, 130, 2),
    (6, 3, 'Child''s pose', 'Kneeling', 0, 1, 60, 'DEPTH', 0, 10, 1),
    (7, 3, 'Supine back twist', 'Supine', 1, 1, 30, 'DEGREES', 0, 90, 2);

INSERT INTO stretch_step (stretch_id, step_number, instruction) VALUES
    (1, 1, 'Client sits or stands tall, shoulders loose, arms hanging.'),
    (1, 2, 'Rest one hand on the shoulder of the side being stretched to keep it down.'),
    (1, 3, 'Guide the head so the ear travels toward the other shoulder, without turning the face.'),
    (1, 4, 'Stop at a dull pressure and hold while the client breathes slowly into the belly.'),
    (1, 5, 'Let the head settle a little further on each exhale, then bring it back upright slowly.'),

    (2, 1, 'Client sits tall with both feet on the floor.'),
    (2, 2, 'Turn the nose about 45 degrees toward the opposite armpit.'),
    (2, 3, 'Hold the shoulder blade of the stretching side down with a flat hand.'),
    (2, 4, 'Guide the chin toward the chest until the client feels pressure along the back of the neck.'),
    (2, 5, 'Hold with slow belly breaths, release gently, and repeat three times on each side.'),

    (3, 1, 'Client lies face down, forehead resting on stacked hands.'),
    (3, 2, 'Ask for slow belly breaths: the lower back should rise against your hands on each inhale.'),
    (3, 3, 'Roll slowly along the muscles beside the spine, never on the spine itself.'),
    (3, 4, 'Press a little deeper on each exhale and ease off on the inhale.'),

    (4, 1, 'Client sits with both legs straight and together, toes pointing up.'),
    (4, 2, 'Ask for a long spine, then a slow fold forward from the hips on an exhale.'),
    (4, 3, 'Support the back with a flat hand; stop at a stretch behind the thighs, not in the back of the knee.'),
    (4, 4, 'Hold while breathing slowly, then measure the fingertips against the toes.'),

    (5, 1, 'Client lies on the back; cross one foot over the other ankle.'),
    (5, 2, 'Lift the straight leg slowly with the knee locked, supporting it at the heel.'),
    (5, 3, 'Stop at a firm pressure behind the thigh and hold while the client breathes out slowly.'),
    (5, 4, 'Measure the hip angle, lower the leg slowly, then change legs.'),

    (6, 1, 'Client kneels, big toes together, knees apart, and sits back toward the heels.'),
    (6, 2, 'Arms reach forward along the table, forehead down.'),
    (6, 3, 'Press gently along the muscles beside the spine on each exhale, working from the low back upward.'),
    (6, 4, 'Keep the breath slow and deep into the belly; ease off if the client holds the breath.'),

    (7, 1, 'Client lies on the back with arms out to the sides.'),
    (7, 2, 'Bend the knee of the stretching side and guide it across the body toward the table.'),
    (7, 3, 'Keep the opposite shoulder on the table with a steadying hand.'),
    (7, 4, 'Hold at a comfortable pressure with slow breaths, then return the knee slowly and change sides.');
