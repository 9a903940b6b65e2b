"""One way to drive three browser engines, so that a test is written once and runs in each.

Learners read the book in Chromium (Chrome, Edge), Firefox and WebKit (Safari; every browser on an
iPhone). The tests in ``test_engines.py`` use only the small, synchronous ``Tab`` below: open a
page, run a function in it, wait until a function says yes, press keys and type as a keyboard does,
click as a mouse does, hand files to a file input, open a second tab of the same learner. Each
engine comes from Debian's packages, so nothing is downloaded:

- **Chromium** (``chromium``): Playwright, as every other browser test here.
- **Firefox** (``firefox-esr``): WebDriver BiDi, the W3C protocol Firefox speaks itself (no
  geckodriver), over one WebSocket (websocket-client, which Selenium brings along).
- **WebKit** (``webkit2gtk-driver``, WebKitGTK's MiniBrowser): Selenium's WebKitGTK driver, in a
  virtual display (``xvfb``) because WebKitGTK has no headless mode that works here.

Values cross between Python and the page as JSON, in all three the same way, so a test sees the
same Python values whatever the engine. Each test gets a learner of its own: a fresh browser
context (Chromium), user context (Firefox) or session (WebKit), so no answers leak between tests.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

from pagetools import SCRIPTS_LOADED

ENGINES = ("chromium", "firefox", "webkit")

# A test marked with this runs once in each engine, with a learner of its own (the fixture `tab`
# in conftest.py: the first tab of that learner).
every_engine = pytest.mark.parametrize("tab", ENGINES, indirect=True)

# The install command an engine's skip message gives (Debian packages; .ci/run installs them all).
INSTALL = {
    "chromium": "apt-get install -y chromium",
    "firefox": "apt-get install -y firefox-esr",
    "webkit": "apt-get install -y webkit2gtk-driver xvfb",
}

FIREFOX = "firefox-esr"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"

# A function's source, called with JSON arguments; its (awaited) result comes back as JSON.
CALL = "(async (...args) => JSON.stringify((await ({script})(...args)) ?? null))(...JSON.parse({args}))"

# WebDriver's code points for the keys the tests press (W3C WebDriver, "Keyboard actions").
KEYS = {
    "Tab": "\ue004",
    "Enter": "\ue007",
    "Escape": "\ue00c",
    "Space": " ",
    "Backspace": "\ue003",
    "ArrowLeft": "\ue012",
    "ArrowUp": "\ue013",
    "ArrowRight": "\ue014",
    "ArrowDown": "\ue015",
    "Home": "\ue011",
    "End": "\ue010",
    "Shift": "\ue008",
}

# Firefox: no first-run pages, no updates, no requests of its own; Dutch as the learner's language.
FIREFOX_PREFS = {
    "remote.active-protocols": 1,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.page": 0,
    "browser.startup.homepage_override.mstone": "ignore",
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "app.update.disabledForTesting": True,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "extensions.update.enabled": False,
    "services.settings.server": "",
    # The page asks for persistent storage on the first save; Firefox asks the user in a popup that
    # takes the next click to close. Here the learner has answered it ("not now").
    "dom.storageManager.prompt.testing": True,
    "dom.storageManager.prompt.testing.allow": False,
    "intl.accept_languages": "nl-NL, nl",
    "intl.locale.requested": "nl-NL",
}


# The element, scrolled into view, once it stands still: the same box in two animation frames in a
# row (what Playwright waits for before it clicks; the page may still be moving things, for example
# a chart redrawn after the last key typed).
STABLE = """async (json) => {
  const [selector, index] = JSON.parse(json);
  const element = document.querySelectorAll(selector)[index];
  if (!element) return null;
  element.scrollIntoView({block: 'center', behavior: 'instant'});
  // A frame, or 50 ms where a hidden tab draws no frames.
  const frame = () => new Promise((done) => { requestAnimationFrame(done); setTimeout(done, 50); });
  let last = '';
  for (let i = 0; i < 60; i += 1) {
    await frame();
    const box = JSON.stringify(element.getBoundingClientRect());
    if (box === last) break;
    last = box;
  }
  return element;
}"""


def available(engine: str) -> str | None:
    """Why ``engine`` cannot run here (with the install command), or None when it can."""
    needs = {
        "chromium": [shutil.which("chromium") or shutil.which("chromium-browser")],
        "firefox": [shutil.which(FIREFOX)],
        "webkit": [
            WEBKIT_DRIVER if os.path.exists(WEBKIT_DRIVER) else None,
            MINIBROWSER if os.path.exists(MINIBROWSER) else None,
            shutil.which("Xvfb"),
        ],
    }[engine]
    if all(needs):
        return None
    return f"{engine} is not installed: `{INSTALL[engine]}` (Debian)"


class Tab:
    """One tab of one learner in one engine. The subclasses speak the engine's protocol."""

    engine = ""

    def goto(self, url: str) -> None:
        """Open ``url`` and wait until its scripts are in (the book's pages load them once their
        text is drawn), as a learner who starts once the page is there."""
        self._goto(url)
        self.wait_for(SCRIPTS_LOADED)

    def reload(self) -> None:
        self._reload()
        self.wait_for(SCRIPTS_LOADED)

    def _goto(self, url: str) -> None:
        raise NotImplementedError

    def _reload(self) -> None:
        raise NotImplementedError

    def evaluate(self, script: str, *args):
        """Call the JavaScript function ``script`` with ``args``; its awaited result, via JSON."""
        raise NotImplementedError

    def press(self, key: str) -> None:
        """Press and release one key: a name from KEYS or one character."""
        raise NotImplementedError

    def type(self, text: str) -> None:
        """Type ``text`` into the focused control, key by key."""
        raise NotImplementedError

    def click(self, selector: str, index: int = 0) -> None:
        """A mouse click in the middle of the ``index``-th element that matches ``selector``."""
        raise NotImplementedError

    def set_files(self, selector: str, paths: list[Path]) -> None:
        """Choose ``paths`` in the file input ``selector``, as the learner does in the file dialog."""
        raise NotImplementedError

    def new_tab(self) -> Tab:
        """A second tab of the same learner (the same site storage)."""
        raise NotImplementedError

    def screenshot(self, path: Path) -> None:
        raise NotImplementedError

    def errors(self) -> list[str]:
        """The script errors the page reported so far (uncaught exceptions)."""
        return []

    def wait_for(self, script: str, *args, timeout: float = 30.0):
        """Wait until the function ``script`` returns something truthy, and return it."""
        deadline = time.monotonic() + timeout
        # A truthy value that JSON cannot carry (a page object, an element) comes back as true.
        check = f"async (...a) => {{ const v = await ({script})(...a);"
        check += " try { JSON.stringify(v); return v; } catch { return !!v; } }"
        while True:
            value = self.evaluate(check, *args)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.engine}: waited {timeout} s for {script}")
            time.sleep(0.05)

    def text(self, selector: str, index: int = 0) -> str:
        return self.evaluate(
            "(s, i) => { const e = document.querySelectorAll(s)[i]; return e ? e.textContent : null; }",
            selector,
            index,
        )


def call_source(script: str, args: tuple) -> str:
    return CALL.format(script=script, args=json.dumps(json.dumps(list(args))))


# ---------------------------------------------------------------------------------------- Chromium


class ChromiumTab(Tab):
    """Playwright's page, driven through the async Chromium of conftest.py (``Chromium.run``)."""

    engine = "chromium"

    def __init__(self, chromium, context, page) -> None:
        self.chromium, self.context, self.page = chromium, context, page
        self._errors: list[str] = []
        page.on("pageerror", lambda error: self._errors.append(str(error)))

    def _goto(self, url):
        self.chromium.run(self.page.goto(url, wait_until="load"))

    def _reload(self):
        self.chromium.run(self.page.reload(wait_until="load"))

    def evaluate(self, script, *args):
        return json.loads(self.chromium.run(self.page.evaluate(call_source(script, args))))

    def _front(self):
        """Input goes to the tab in front, as a learner's does (a tab behind draws no frames, and
        Playwright waits for frames before it clicks)."""
        self.chromium.run(self.page.bring_to_front())

    def press(self, key):
        self._front()
        self.chromium.run(self.page.keyboard.press(" " if key == "Space" else key))

    def type(self, text):
        self._front()
        self.chromium.run(self.page.keyboard.type(text))

    def click(self, selector, index=0):
        self._front()
        self.chromium.run(self.page.locator(selector).nth(index).click())

    def set_files(self, selector, paths):
        self.chromium.run(self.page.locator(selector).first.set_input_files([str(p) for p in paths]))

    def new_tab(self):
        return ChromiumTab(self.chromium, self.context, self.chromium.run(self.context.new_page()))

    def screenshot(self, path):
        self.chromium.run(self.page.screenshot(path=str(path)))

    def errors(self):
        return list(self._errors)


@contextlib.contextmanager
def chromium_learner(chromium):
    """A fresh browser context in the session's Chromium: one learner's first tab."""
    context = chromium.run(chromium.browser.new_context(locale="nl-NL", service_workers="block"))
    try:
        yield ChromiumTab(chromium, context, chromium.run(context.new_page()))
    finally:
        chromium.run(context.close())


# ----------------------------------------------------------------------------------------- Firefox


class BiDiError(RuntimeError):
    pass


class Firefox:
    """Firefox ESR with its WebDriver BiDi server, and one session over one WebSocket."""

    def __init__(self) -> None:
        import websocket  # websocket-client, a dependency of selenium

        self.profile = tempfile.mkdtemp(prefix="coursekit-firefox-")
        prefs = "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in FIREFOX_PREFS.items())
        Path(self.profile, "user.js").write_text(prefs, encoding="utf-8")
        command = [shutil.which(FIREFOX) or FIREFOX, "--headless", "--no-remote", "--remote-debugging-port=0"]
        command += ["--profile", self.profile, "about:blank"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        found: queue.Queue[str] = queue.Queue()

        def drain():  # read Firefox's messages to the end, so its pipe never fills
            assert self.process.stderr is not None
            for line in self.process.stderr:
                match = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
                if match:
                    found.put(match.group(1))

        threading.Thread(target=drain, daemon=True).start()
        try:
            address = found.get(timeout=60)
        except queue.Empty:
            self.close()
            raise RuntimeError("Firefox did not start its WebDriver BiDi server within 60 s") from None
        self.socket = websocket.create_connection(address + "/session", suppress_origin=True, timeout=120)
        self.next_id = 0
        self.front = ""  # the tab in front (browsingContext.activate)
        self.events: list[dict] = []
        self.command("session.new", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": True}}})
        self.command("session.subscribe", {"events": ["log.entryAdded"]})

    def command(self, method: str, params: dict) -> dict:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("type") == "event":
                self.events.append(message)
            elif message.get("id") == self.next_id:
                if message.get("type") == "error":
                    raise BiDiError(f"{method}: {message.get('error')}: {message.get('message')}")
                return message["result"]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class FirefoxTab(Tab):
    engine = "firefox"

    def __init__(self, firefox: Firefox, context: str, user_context: str) -> None:
        self.firefox, self.context, self.user_context = firefox, context, user_context

    def _goto(self, url):
        self.firefox.command("browsingContext.navigate", {"context": self.context, "url": url, "wait": "complete"})

    def _reload(self):
        self.firefox.command("browsingContext.reload", {"context": self.context, "wait": "complete"})

    def _call(self, script: str, args: tuple, ownership: str = "none") -> dict:
        result = self.firefox.command(
            "script.callFunction",
            {
                "functionDeclaration": script,
                "arguments": [{"type": "string", "value": json.dumps(list(args))}],
                "target": {"context": self.context},
                "awaitPromise": True,
                "resultOwnership": ownership,
            },
        )
        if result["type"] == "exception":
            raise BiDiError(f"firefox: {result['exceptionDetails']['text']}")
        return result["result"]

    def evaluate(self, script, *args):
        wrapped = f"async (json) => JSON.stringify((await ({script})(...JSON.parse(json))) ?? null)"
        return json.loads(self._call(wrapped, args)["value"])

    def _element(self, selector: str, index: int) -> dict:
        found = self._call(
            STABLE,
            (selector, index),
            ownership="root",
        )
        if found.get("type") != "node":
            raise BiDiError(f"firefox: no element {selector} [{index}]")
        return {"sharedId": found["sharedId"]}

    def _front(self) -> None:
        """Bring this tab to the front, as a learner does before typing or clicking in it."""
        if self.firefox.front != self.context:
            self.firefox.command("browsingContext.activate", {"context": self.context})
            self.firefox.front = self.context

    def _keys(self, values: list[str]) -> None:
        self._front()
        actions = []
        for value in values:
            actions += [{"type": "keyDown", "value": value}, {"type": "keyUp", "value": value}]
        self.firefox.command(
            "input.performActions",
            {"context": self.context, "actions": [{"type": "key", "id": "keyboard", "actions": actions}]},
        )

    def press(self, key):
        self._keys([KEYS.get(key, key)])

    def type(self, text):
        self._keys(list(text))

    def click(self, selector, index=0):
        for attempt in range(3):
            try:
                self._click(selector, index)
                return
            except BiDiError as error:
                # The page moved the element between the scroll and the click (content appeared
                # above it): scroll again and click where it is now.
                if "out of bounds" not in str(error) or attempt == 2:
                    raise

    def _click(self, selector, index):
        self._front()
        element = self._element(selector, index)
        steps = [
            {"type": "pointerMove", "x": 0, "y": 0, "origin": {"type": "element", "element": element}},
            {"type": "pointerDown", "button": 0},
            {"type": "pointerUp", "button": 0},
        ]
        mouse = {"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": steps}
        self.firefox.command("input.performActions", {"context": self.context, "actions": [mouse]})

    def set_files(self, selector, paths):
        element = self._element(selector, 0)
        self.firefox.command(
            "input.setFiles", {"context": self.context, "element": element, "files": [str(p) for p in paths]}
        )

    def new_tab(self):
        created = self.firefox.command("browsingContext.create", {"type": "tab", "userContext": self.user_context})
        self.firefox.front = created["context"]  # a new tab comes to the front
        return FirefoxTab(self.firefox, created["context"], self.user_context)

    def screenshot(self, path):
        shot = self.firefox.command("browsingContext.captureScreenshot", {"context": self.context})
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def errors(self):
        return [
            event["params"].get("text") or ""
            for event in self.firefox.events
            if event.get("method") == "log.entryAdded"
            and event["params"].get("type") == "javascript"
            and event["params"].get("source", {}).get("context") in self._contexts()
        ]

    def _contexts(self) -> set[str]:
        tree = self.firefox.command("browsingContext.getTree", {})
        return {c["context"] for c in tree["contexts"] if c.get("userContext") == self.user_context}


@contextlib.contextmanager
def firefox_learner(firefox: Firefox):
    """A user context of its own (its own storage, as a separate profile has) and its first tab."""
    user_context = firefox.command("browser.createUserContext", {})["userContext"]
    created = firefox.command("browsingContext.create", {"type": "tab", "userContext": user_context})
    firefox.front = created["context"]
    try:
        yield FirefoxTab(firefox, created["context"], user_context)
    finally:
        with contextlib.suppress(BiDiError):
            firefox.command("browser.removeUserContext", {"userContext": user_context})


# ------------------------------------------------------------------------------------------ WebKit


class Display:
    """A virtual X display (Xvfb) for WebKitGTK's MiniBrowser; the number is Xvfb's own choice."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.process.kill()
            raise RuntimeError("Xvfb did not start")
        self.name = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)


class WebKitTab(Tab):
    engine = "webkit"

    def __init__(self, driver, handle: str) -> None:
        self.driver, self.handle = driver, handle

    def _here(self):
        if self.driver.current_window_handle != self.handle:
            self.driver.switch_to.window(self.handle)
        return self.driver

    def _goto(self, url):
        self._here().get(url)

    def _reload(self):
        self._here().refresh()

    def evaluate(self, script, *args):
        done = "const done = arguments[arguments.length - 1];"
        body = (
            f"{done} Promise.resolve().then(() => ({script})(...JSON.parse(arguments[0])))"
            ".then((v) => done(JSON.stringify({ok: v ?? null})), (e) => done(JSON.stringify({error: String(e)})));"
        )
        result = json.loads(self._here().execute_async_script(body, json.dumps(list(args))))
        if "error" in result:
            raise RuntimeError(f"webkit: {result['error']}")
        return result["ok"]

    def _keys(self, text: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self._here()).send_keys(text).perform()

    def press(self, key):
        self._keys(KEYS.get(key, key))

    def type(self, text):
        self._keys(text)

    def _element(self, selector, index):
        from selenium.webdriver.common.by import By

        found = self._here().find_elements(By.CSS_SELECTOR, selector)
        if len(found) <= index:
            raise RuntimeError(f"webkit: no element {selector} [{index}]")
        return found[index]

    def click(self, selector, index=0):
        # WebKitWebDriver does not scroll an element below the fold into view itself; then wait until
        # it stands still (STABLE).
        self.evaluate(f"async (s, i) => !!(await ({STABLE})(JSON.stringify([s, i])))", selector, index)
        self._element(selector, index).click()

    def set_files(self, selector, paths):
        self._element(selector, 0).send_keys("\n".join(str(p) for p in paths))

    def new_tab(self):
        driver = self._here()
        driver.switch_to.new_window("tab")
        return WebKitTab(driver, driver.current_window_handle)

    def screenshot(self, path):
        Path(path).write_bytes(self._here().get_screenshot_as_png())


@contextlib.contextmanager
def webkit_learner(display: Display):
    """A WebKitGTK session of its own (MiniBrowser in automation mode keeps its data to itself)."""
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.service import Service

    options = webdriver.WebKitGTKOptions()
    options.binary_location = MINIBROWSER
    options.add_argument("--automation")
    environment = {**os.environ, "DISPLAY": display.name, "LANG": "nl_NL.UTF-8"}
    service = Service(executable_path=WEBKIT_DRIVER, env=environment)
    driver = webdriver.WebKitGTK(options=options, service=service)
    driver.set_script_timeout(60)
    try:
        yield WebKitTab(driver, driver.current_window_handle)
    finally:
        driver.quit()
