"""Checks for the `mocks` milestone: tests/test_alerts.py replaces urlopen with mocks and pins
down what AlertClient sends and how it handles the answers."""
from pymastery.track import strategy_tests as day

TESTS = ["week3/day17/tests/test_alerts.py"]

_SEND = """
import json
import urllib.request

def mutate(alerts):
    AlertError = alerts.AlertError

    def send(self, event, message):
        body = json.dumps(BODY(event, message)).encode()
        headers = {"Content-Type": "application/json"}
        if AUTH:
            headers["Authorization"] = "Bearer " + self.token
        request = urllib.request.Request(self.base_url + PATH, data=body, method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = json.load(response)
        except WRAPPED as error:
            raise AlertError(str(error)) from error
        if not isinstance(answer, dict) or "id" not in answer:
            if LENIENT:
                return ""
            raise AlertError("no id")
        return str(answer["id"])

    alerts.AlertClient.send = send
"""

_GOOD = {"BODY": "lambda event, message: {'event': event.id, 'value': event.value, 'message': message}",
         "AUTH": "True", "PATH": "'/alerts'", "WRAPPED": "(OSError, ValueError)", "LENIENT": "False"}


def _send(**changes):
    values = dict(_GOOD, **changes)
    return "".join("%s = %s\n" % item for item in values.items()) + _SEND


WRONG_PATH = _send(PATH="'/alert'")
NO_TOKEN = _send(AUTH="False")
NO_VALUE = _send(BODY="lambda event, message: {'event': event.id, 'message': message}")
UNWRAPPED = _send(WRAPPED="(ValueError,)")
LENIENT = _send(LENIENT="True")


def check_tests_pass_offline():
    """test_alerts.py passes with the network blocked"""
    result = day.passing(TESTS, hint="Add tests to week3/day17/tests/test_alerts.py that patch urllib.request.urlopen.")
    if result.note:
        print(result.note)


def check_catches_a_wrong_url():
    """the tests fail when the alert goes to the wrong path"""
    day.caught(TESTS, WRONG_PATH, day.ALERTS, "send() posted to /alert instead of /alerts",
               hint="The Request object is the first argument urlopen got: urlopen.call_args[0][0].full_url.")


def check_catches_a_missing_token():
    """the tests fail when the Authorization header is missing"""
    day.caught(TESTS, NO_TOKEN, day.ALERTS, "send() left out the Authorization header",
               hint="request.get_header(\"Authorization\") on the Request the mock received.")


def check_catches_a_missing_value():
    """the tests fail when the JSON body leaves out the value"""
    day.caught(TESTS, NO_VALUE, day.ALERTS, "send() left the value out of the JSON body",
               hint="json.loads(request.data) gives the body sent; compare it with the whole dict you expect.")


def check_catches_unwrapped_network_errors():
    """the tests fail when a network error escapes as OSError"""
    day.caught(TESTS, UNWRAPPED, day.ALERTS, "an OSError from urlopen came out unchanged",
               hint="Give the mock side_effect=OSError(...) and assert that AlertError comes out.")


def check_catches_answers_without_id():
    """the tests fail when an answer without an id is accepted"""
    day.caught(TESTS, LENIENT, day.ALERTS, "send() returned \"\" for an answer without an id",
               hint="Make the mock answer with JSON that has no \"id\" (an io.BytesIO of b'{}' will do) and expect "
                    "AlertError.")
