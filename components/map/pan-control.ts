import L from "leaflet";

const STEPS = [
  ["north", "↑", [0, -1]],
  ["west", "←", [-1, 0]],
  ["east", "→", [1, 0]],
  ["south", "↓", [0, 1]],
] as const;

/** Buttons to pan, so nothing on the map needs dragging (WCAG 2.5.7). */
export function addPanControl(map: L.Map): void {
  const PanControl = L.Control.extend({
    onAdd() {
      const container = L.DomUtil.create("div", "leaflet-bar app-map-pan");
      for (const [direction, arrow, [x, y]] of STEPS) {
        const button = L.DomUtil.create("button", `app-map-pan__button app-map-pan__button--${direction}`, container);
        button.type = "button";
        button.setAttribute("aria-label", `Pan ${direction}`);
        button.title = `Pan ${direction}`;
        button.innerHTML = `<span aria-hidden="true">${arrow}</span>`;
        L.DomEvent.on(button, "click", (event) => {
          L.DomEvent.stop(event);
          const size = map.getSize();
          map.panBy([(x * size.x) / 3, (y * size.y) / 3]);
        });
      }
      L.DomEvent.disableClickPropagation(container);
      return container;
    },
  });
  new PanControl({ position: "topleft" }).addTo(map);
}
