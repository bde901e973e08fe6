// The kiosk's charts: Chart.js (from its WebJar) drawing what the server describes in a ChartSpec. Every visit's
// point and every pain stop is a mark of at least 44 px to the finger; a tap on one tells the server which visit it
// is ("kiosk-chart-open"). Text is 16 px or more. The canvas carries the spec's description as its text alternative.
(function () {
    const COLOURS = {
        line: '#1f6f5c',
        bar: '#1f6f5c',
        before: '#a35f00',
        after: '#2e7d32',
        stop: '#c62828',
        'stop-no-range': '#c62828'
    };

    function dataset(series) {
        const colour = COLOURS[series.role] || '#1f6f5c';
        const stop = series.role === 'stop' || series.role === 'stop-no-range';
        return {
            label: series.label,
            type: series.role === 'bar' ? 'bar' : 'line',
            data: series.role === 'bar' ? series.points.map(p => p.y) : series.points.map(p => ({x: p.x, y: p.y})),
            texts: series.points.map(p => p.text),
            visits: series.points.map(p => p.visit),
            borderColor: colour,
            backgroundColor: series.role === 'stop-no-range' ? '#ffffff' : colour,
            borderWidth: stop ? 3 : 2.5,
            showLine: !stop && series.role !== 'bar',
            pointStyle: stop ? (series.role === 'stop' ? 'crossRot' : 'triangle') : 'circle',
            pointRadius: stop ? 10 : 6,
            pointHoverRadius: stop ? 12 : 8,
            // 22 px around each mark: a 44 px target for the finger.
            pointHitRadius: 22,
            order: stop ? 0 : 1
        };
    }

    window.kioskCharts = {
        draw(holder, spec) {
            const canvas = holder.querySelector('canvas');
            if (holder.kioskChart) {
                holder.kioskChart.destroy();
            }
            canvas.setAttribute('role', 'img');
            canvas.setAttribute('aria-label', spec.description);
            const labels = new Map((spec.xTicks || []).map(t => [t.x, t.label]));
            const timeAxis = spec.kind === 'time';
            Chart.defaults.font.size = 16;
            Chart.defaults.color = '#39403d';
            holder.kioskChart = new Chart(canvas, {
                type: spec.series.some(s => s.role === 'bar') ? 'bar' : 'line',
                data: {
                    labels: timeAxis ? undefined : spec.categories,
                    datasets: spec.series.map(dataset)
                },
                options: {
                    animation: false,
                    responsive: true,
                    maintainAspectRatio: false,
                    interaction: {mode: 'nearest', intersect: true},
                    plugins: {
                        legend: {display: spec.series.length > 1, labels: {font: {size: 16}}},
                        tooltip: {
                            bodyFont: {size: 16},
                            titleFont: {size: 16},
                            callbacks: {
                                title: () => '',
                                label: item => item.dataset.texts[item.dataIndex]
                            }
                        }
                    },
                    scales: {
                        x: timeAxis ? {
                            type: 'linear',
                            min: spec.xMin,
                            max: spec.xMax,
                            afterBuildTicks: axis => {
                                axis.ticks = spec.xTicks.map(t => ({value: t.x}));
                            },
                            ticks: {font: {size: 16}, callback: value => labels.get(value) || ''}
                        } : {type: 'category', ticks: {font: {size: 16}, autoSkip: true, maxRotation: 0}},
                        y: {
                            min: spec.yMin,
                            max: spec.yMax,
                            title: {display: !!spec.yTitle, text: spec.yTitle, font: {size: 16}},
                            ticks: {font: {size: 16}, precision: 0, stepSize: spec.yStep ?? undefined}
                        }
                    },
                    onClick: (event, elements, chart) => {
                        const hit = elements[0];
                        if (!hit) {
                            return;
                        }
                        const visit = chart.data.datasets[hit.datasetIndex].visits[hit.index];
                        if (visit !== null && visit !== undefined) {
                            holder.dispatchEvent(new CustomEvent('kiosk-chart-open', {detail: {visit: String(visit)}}));
                        }
                    }
                }
            });
        },

        /** Where a mark is on the page (for tests that tap it like a finger). */
        markAt(holder, datasetIndex, index) {
            const element = holder.kioskChart.getDatasetMeta(datasetIndex).data[index];
            const box = holder.querySelector('canvas').getBoundingClientRect();
            return {x: box.left + element.x, y: box.top + element.y};
        }
    };
})();
