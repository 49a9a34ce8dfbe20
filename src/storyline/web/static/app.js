// Progressive enhancement only: every page works without this file.
// The as-of slider steps through the event's report times and submits the as-of form.
"use strict";

function enhanceAsOfSlider() {
  const box = document.querySelector(".as-of .slider[data-times]");
  if (!box) return;
  const times = box.dataset.times.split(" ").filter(Boolean);
  const slider = box.querySelector("input[type=range]");
  const output = box.querySelector("output");
  const input = document.getElementById("as_of");
  const form = box.closest("form");
  if (!slider || !input || !form || times.length === 0) return;
  const current = input.value ? new Date(input.value + "Z").getTime() : Infinity;
  let index = times.length - 1;
  times.forEach((t, i) => { if (new Date(t).getTime() <= current) index = i; });
  slider.value = String(index);
  const show = () => { output.textContent = times[Number(slider.value)].replace("T", " ").replace("Z", " UTC"); };
  show();
  slider.addEventListener("input", show);
  slider.addEventListener("change", () => {
    input.value = times[Number(slider.value)].replace("Z", "").slice(0, 19);
    form.submit();
  });
  box.hidden = false;
}

// The events map and the list light each other up: pointing at (or focusing) an event in the
// list marks its marker on the map, and pointing at a marker marks its entry in the list.
function linkMapAndList() {
  const markers = new Map();
  document.querySelectorAll("#map a.marker-link").forEach((marker) => {
    markers.set(marker.getAttribute("href").split("?")[0], marker);
  });
  if (markers.size === 0) return;
  document.querySelectorAll("li.event-item").forEach((item) => {
    const link = item.querySelector("h2 a");
    const marker = link ? markers.get(link.getAttribute("href")) : undefined;
    if (!marker) return;
    const on = () => { marker.classList.add("highlight"); item.classList.add("highlight"); };
    const off = () => { marker.classList.remove("highlight"); item.classList.remove("highlight"); };
    for (const target of [item, marker]) {
      target.addEventListener("mouseenter", on);
      target.addEventListener("mouseleave", off);
      target.addEventListener("focusin", on);
      target.addEventListener("focusout", off);
    }
  });
}

document.addEventListener("DOMContentLoaded", enhanceAsOfSlider);
document.addEventListener("DOMContentLoaded", linkMapAndList);
