// The Office add-in templates' convention: manifest.xml is written for the development server
// (https://localhost:3000/) and the build swaps that address for the production one. Here the production
// address comes from REKENTOOL_URL, so one build recipe serves every region's own https host.
"use strict";

const ONTWIKKEL_BASIS = "https://localhost:3000/";
const ONTWIKKEL_DOMEIN = "https://localhost:3000";
// Plain http is only acceptable on this machine itself: Office refuses it elsewhere, and so do we.
const LOKALE_HOSTS = new Set(["localhost", "127.0.0.1"]);

class OngeldigeUrl extends Error {}

/**
 * Checks REKENTOOL_URL and returns it as a base that ends in "/". Throws OngeldigeUrl with a Dutch message that
 * says what is wrong and what is allowed; the value itself is quoted, as it is a web address, never personal data.
 */
function leesBasisUrl(waarde) {
  const tekst = String(waarde).trim();
  const voorbeeld = "Voorbeeld: REKENTOOL_URL=https://rekentool.voorbeeld.nl/jeugdhulp/";
  let url;
  try {
    url = new URL(tekst);
  } catch {
    throw new OngeldigeUrl(
      `REKENTOOL_URL '${tekst}' is geen volledig webadres: begin met https:// en noem de server. ${voorbeeld}`,
    );
  }
  // new URL accepts "https:host" and similar; an absolute address has "//" right after the scheme.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(tekst)) {
    throw new OngeldigeUrl(
      `REKENTOOL_URL '${tekst}' is geen volledig webadres: begin met https:// en noem de server. ${voorbeeld}`,
    );
  }
  const lokaal = LOKALE_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && lokaal)) {
    throw new OngeldigeUrl(
      `REKENTOOL_URL moet met https:// beginnen (Office laadt invoegtoepassingen alleen via https; http mag alleen voor localhost en 127.0.0.1), niet met '${url.protocol}//'. ${voorbeeld}`,
    );
  }
  if (url.username || url.password)
    throw new OngeldigeUrl(`REKENTOOL_URL mag geen gebruikersnaam of wachtwoord bevatten. ${voorbeeld}`);
  if (url.search || url.hash)
    throw new OngeldigeUrl(
      `REKENTOOL_URL mag geen '?' of '#' bevatten: geef alleen de map waarin dist/ komt te staan. ${voorbeeld}`,
    );
  const pad = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${pad}`;
}

/** The manifest's four-part version from package.json's three-part one (Office wants n.n.n.n). */
function manifestVersie(pakketVersie) {
  const delen = String(pakketVersie).split("-")[0].split(".");
  while (delen.length < 4) delen.push("0");
  return delen.slice(0, 4).join(".");
}

function xmlAttribuut(tekst) {
  return tekst.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The manifest for a base address: every development URL moved under `basis`, the AppDomain set to its origin,
 * the version taken from package.json. Throws when a development address would remain (a URL this function
 * does not know how to move would otherwise point at the user's own PC).
 */
function manifestVoor(xml, basis, pakketVersie) {
  const domein = new URL(basis).origin;
  let uit = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersie(pakketVersie)}</Version>`);
  uit = uit.split(ONTWIKKEL_BASIS).join(xmlAttribuut(basis));
  uit = uit.split(`<AppDomain>${ONTWIKKEL_DOMEIN}</AppDomain>`).join(`<AppDomain>${xmlAttribuut(domein)}</AppDomain>`);
  if (!basis.includes("localhost:3000") && /localhost:3000/.test(uit)) {
    throw new Error(
      "manifest.xml bevat een localhost-adres dat de build niet kan omzetten; schrijf het als https://localhost:3000/...",
    );
  }
  return uit;
}

module.exports = { ONTWIKKEL_BASIS, OngeldigeUrl, leesBasisUrl, manifestVersie, manifestVoor };
