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

document.addEventListener("DOMContentLoaded", enhanceAsOfSlider);
