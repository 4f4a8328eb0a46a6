// The studio's engine from JavaScript: the generator compiled to WebAssembly (studio.wasm, studio/studio_engine.cc)
// behind a small class. Content goes in as files (path → bytes), the site comes out as files, with the report
// `complaints-site build` and `check` print. Used by the studio's page and by tests/wasm/studio_same_site.test.mjs.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class StudioEngine {
  /** @param module the instantiated Emscripten module (ComplaintsStudio(...) resolved) */
  constructor(module) {
    this.m = module;
  }

  /** Replaces the content with `files`: a Map or an object of path ("site.json", "pages/repairs.md") → bytes or text. */
  setContent(files) {
    this.m._cs_studio_reset();
    const entries = files instanceof Map ? files.entries() : Object.entries(files);
    for (const [path, value] of entries) this.put(path, value);
  }

  /** Adds or replaces one content file. */
  put(path, value) {
    const bytes = typeof value === 'string' ? encoder.encode(value) : value;
    const pathPtr = this.#string(path);
    const dataPtr = this.m._malloc(Math.max(bytes.length, 1));
    this.m.HEAPU8.set(bytes, dataPtr);
    this.m._cs_studio_put(pathPtr, dataPtr, bytes.length);
    this.m._free(dataPtr);
    this.m._free(pathPtr);
  }

  /**
   * Builds the site as `complaints-site build --search off --today TODAY [--base-url BASE]` does.
   * @returns {{files: Map<string, Uint8Array>, report: object}} report: {generated, pages, problems, findings}
   */
  build(today, baseUrl = '') {
    const todayPtr = this.#string(today);
    const basePtr = this.#string(baseUrl);
    const count = this.m._cs_studio_build(todayPtr, basePtr);
    this.m._free(todayPtr);
    this.m._free(basePtr);
    const files = new Map();
    for (let i = 0; i < count; i += 1) {
      const path = this.m.UTF8ToString(this.m._cs_studio_file_path(i));
      const data = this.m._cs_studio_file_data(i);
      const size = this.m._cs_studio_file_size(i);
      files.set(path, this.m.HEAPU8.slice(data, data + size));
    }
    return { files, report: this.#call('_cs_studio_report') };
  }

  /** What `complaints-site check --today TODAY` reports on the content: {problems, findings}. */
  check(today) {
    return this.#call('_cs_studio_check', today);
  }

  /** Starts from scratch: the content `complaints-site init --name NAME --nation NATION` writes. */
  init(name = '', nation = '') {
    const n = this.#string(name);
    const c = this.#string(nation);
    this.m._cs_studio_init(n, c);
    this.m._free(n);
    this.m._free(c);
    return this.content();
  }

  /** The content as the engine holds it (after init(): the scaffold), as a Map path → bytes. */
  content() {
    const files = new Map();
    const count = this.m._cs_studio_content_count();
    for (let i = 0; i < count; i += 1) {
      const data = this.m._cs_studio_content_data(i);
      files.set(this.m.UTF8ToString(this.m._cs_studio_content_path(i)), this.m.HEAPU8.slice(data, data + this.m._cs_studio_content_size(i)));
    }
    return files;
  }

  /**
   * Reads last year's self-assessment (a landlord's published form as text, HTML or CSV) as
   * `complaints-site import self-assessment` does: {ok, json, code, provisions, yes, no, unanswered, notes, report}.
   */
  importSelfAssessment(bytes, fileName, code = 'auto') {
    const data = typeof bytes === 'string' ? encoder.encode(bytes) : bytes;
    const dataPtr = this.m._malloc(Math.max(data.length, 1));
    this.m.HEAPU8.set(data, dataPtr);
    const f = this.#string(fileName);
    const c = this.#string(code);
    const result = JSON.parse(this.m.UTF8ToString(this.m._cs_studio_import_self_assessment(dataPtr, data.length, f, c)));
    this.m._free(dataPtr);
    this.m._free(f);
    this.m._free(c);
    return result;
  }

  /**
   * The Code's sections and provisions with their exact words, for "2024" or "2022" (null for another):
   * {code, title, attribution, licence_url, sections: [{number, title}], provisions: [{id, section, text, kind}]}.
   */
  catalogue(code) {
    return this.#call('_cs_studio_catalogue', code);
  }

  /**
   * What changed in self-assessments/<year>.json since the year before, as `complaints-site diff self-assessment`
   * says it (null when there is no earlier year): {before_year, after_year, comparable, before_met, after_met,
   * answers: [{id, before, after}], newly_met, no_longer_met, evidence_added, evidence_removed, commentary_changed,
   * explanation_changed, comply_by_changed, unchanged}. Reads the content last given with setContent/put.
   */
  changes(year) {
    return this.#call('_cs_studio_changes', year);
  }

  /**
   * How a case-system export reads, for the Annual report screen's column mapping: `complaints-site report`'s reader
   * (core/content/case_log.h) on `bytes`, named `file` in messages, with the column mapping `mappingJson` (the text of
   * annual-reports/<year>.columns.json, named `mappingFile`; '' for none). Returns {ok (it reads without errors),
   * encoding, separator, per_complaint, records, header: [..], rows: [[..]] (the first 10), fields: [{key, meaning,
   * required, index (-1: none), header}], unused: [header index], diagnostics: [..]}.
   */
  readCaseLog(bytes, file, mappingJson = '', mappingFile = '') {
    const data = typeof bytes === 'string' ? encoder.encode(bytes) : bytes;
    const dataPtr = this.m._malloc(Math.max(data.length, 1));
    this.m.HEAPU8.set(data, dataPtr);
    const args = [file, mappingJson, mappingFile].map((t) => this.#string(t));
    const result = JSON.parse(this.m.UTF8ToString(this.m._cs_studio_case_log(dataPtr, data.length, ...args)));
    this.m._free(dataPtr);
    for (const ptr of args) this.m._free(ptr);
    return result;
  }

  /**
   * The Housing Ombudsman's annual submission for `year` as `complaints-site submission --year YEAR [--base-url]`
   * prints it: {ok, error, problems (the content's errors), warnings, json, csv, text}.
   */
  submission(year, baseUrl = '') {
    const result = this.#call('_cs_studio_submission', year, baseUrl);
    if (result.json) result.json = JSON.parse(result.json);  // the form's order, as the CLI prints it
    return result;
  }

  /**
   * The financial year `shift` years after `name` — a financial year ("2025-26") or a day ("2026-05-20": the year it
   * falls in) — by the one rule core/ uses (financial_year.h); '' when `name` is neither.
   */
  financialYear(name, shift = 0) {
    const n = this.#string(name);
    const result = this.m.UTF8ToString(this.m._cs_studio_financial_year(n, shift));
    this.m._free(n);
    return result;
  }

  /**
   * The Housing Ombudsman's details the site shows unless site.json's "ombudsman" replaces some:
   * {name, phone, post, website, online_form, email_note, last_checked}.
   */
  ombudsman() {
    return this.#call('_cs_studio_ombudsman');
  }

  /** The addresses a landlord's page (pages/<name>.md) may not have: the generator's own pages and folders. */
  reservedPages() {
    return this.#call('_cs_studio_reserved_pages');
  }

  /** The first and last days of financial year `name` ("2025-26" → {from: "2025-04-01", to: "2026-03-31"}), or null. */
  financialYearPeriod(name) {
    return this.#call('_cs_studio_financial_year_period', name);
  }

  /**
   * The notices that read, and whether the site shows each on `today` (the generator shows one: the one in force
   * that started last): [{file, from, until, state: "shown" | "waiting" | "upcoming" | "ended"}].
   */
  notices(today) {
    return this.#call('_cs_studio_notices', today);
  }

  /** A file's bytes as text. */
  static text(bytes) {
    return decoder.decode(bytes);
  }

  /** The engine's function `name` (_cs_studio_…) called with `strings` as C strings: the JSON it answers, parsed. */
  #call(name, ...strings) {
    const ptrs = strings.map((t) => this.#string(t));
    const json = this.m.UTF8ToString(this.m[name](...ptrs));
    for (const ptr of ptrs) this.m._free(ptr);
    return JSON.parse(json);
  }

  #string(text) {
    const size = this.m.lengthBytesUTF8(text) + 1;
    const ptr = this.m._malloc(size);
    this.m.stringToUTF8(text, ptr, size);
    return ptr;
  }
}
