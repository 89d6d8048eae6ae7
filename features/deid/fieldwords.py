"""Vocabulary of the twenty-second round's fields in records, shared by the redactor (:mod:`features.deid.fields`) and
the leak check (:mod:`features.deid.leakfields`), each reading the text with its own patterns: the keys of JSON
objects and of query strings or form fields that name an identifier ("city", "caregiver_zip", "dob", "last=",
"postalCode"), the keys a FHIR resource holds an identifier under only inside another ("value" in "telecom", "line"
in "address", "family" in "name"), and the pieces of a "*_name" key that name a thing, not a person ("drug_name").
Keys are folded: lower case, without "_", "-" or "." ("postal_code" and "postalCode" are "postalcode")."""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: keys whose value is a person's name or login
PERSON_FIELD_KEYS = _set("surname fname lname firstname lastname fullname middlename maidenname givenname familyname "
                         "username user login nickname apellido apellidos nachname vorname cognome prenom")
#: keys whose value is a town or a smaller place
PLACE_FIELD_KEYS = _set("city town district county municipality village suburb locality neighborhood neighbourhood "
                        "ciudad ville stadt ort citta cidade")
#: keys whose value is a postcode
POSTCODE_FIELD_KEYS = _set("zip zipcode postcode postalcode plz")
#: keys whose value is a telephone number
PHONE_FIELD_KEYS = _set("phone telephone tel mobile cellphone phonenumber fax telefono telefone telefon")
#: keys whose value is a date of birth
BIRTH_FIELD_KEYS = _set("dob birthdate dateofbirth birthday bday")
#: keys whose value is a street address
STREET_FIELD_KEYS = _set("address addr street streetaddress address1 address2 addressline addressline1 addressline2")
#: keys whose value is a mail address
EMAIL_FIELD_KEYS = _set("email emailaddress")
#: keys whose value is a record number
NUMBER_FIELD_KEYS = _set("mrn ssn")
#: every key above: its value goes wherever it stands, alone or as the last piece of a longer key ("caregiver_zip")
FIELD_KEYS = (PERSON_FIELD_KEYS | PLACE_FIELD_KEYS | POSTCODE_FIELD_KEYS | PHONE_FIELD_KEYS | BIRTH_FIELD_KEYS
              | STREET_FIELD_KEYS | EMAIL_FIELD_KEYS | NUMBER_FIELD_KEYS)
#: keys a query string or a form names a person by, which in a JSON object may be an ordinal ({"first": "dose"})
QUERY_PERSON_KEYS = _set("first last name given family nombre nom nome")
#: the last piece of a longer key that names a person ("caregiver_name", "contactName")
NAME_PIECES = _set("name")
#: pieces before "name" that make the key a thing's ("drug_name", "file_name"): its value stays
THING_PIECES = _set("product drug med meds medication medicine file brand generic app device event test lab class type "
                    "field key host display unit dose form plan policy model feature column table pharmacy study site "
                    "program course food")
#: values that say a field is empty ("kin_name=none", {"caregiver_zip": "n/a"}): no identifier, kept (compared in lower
#: case, surrounding spaces stripped)
EMPTY_FIELD_VALUES = _set("none null nil na n/a n.a. - -- unknown unk tbd tba missing empty undefined nan nobody "
                          "no ninguno ninguna keine aucun aucune nessuno nenhum")
#: a FHIR key whose value holds, inside it only, keys that are an identifier there: "value" in "telecom" and
#: "identifier", "line", "state" and "text" in "address", "family", "given" and "text" in "name"
INNER_FIELD_KEYS: dict[str, frozenset[str]] = {
    "telecom": _set("value"), "identifier": _set("value"), "address": _set("line state text city district postalcode"),
    "name": _set("family given text"),
}

#: round 23: HL7 v2 segments whose fields hold a person as an extended composite id (XCN: "1234^Smith^John^^^Dr"): the
#: visit's attending, referring, consulting and admitting doctors (PV1-7/8/9/17), the order's, the role's, the
#: document's, the event's operator, the staff's, the schedule's; an id (figures, or none) then a family and a given
#: name, whatever words they are. Segments whose first components are codes ("OBX", "OBR", "RXE": "2345^Glucose^L")
#: are left out
XCN_SEGMENTS = _set("PV1 PV2 PD1 ORC ROL PRT TXA EVN STF PRA SCH AIP AIG PID NK1 GT1 IN1 IN2 MRG")
#: round 23: keys of YAML and XML fields whose value is a person (a role's: "caregiver: Ana Lima",
#: "<attendingDoctor>…", "next_of_kin:"), alone or as the last piece of a longer key; "contact" and "provider", which
#: may name a method or an insurer, are none alone
ROLE_FIELD_KEYS = _set("caregiver carer guardian kin nextofkin nok emergencycontact spouse partner attending referring "
                       "consulting admitting doctor physician nurse pharmacist prescriber caseworker proxy")
#: round 23: XML elements whose "value" attribute is an identifier in FHIR's XML ("<family value="Baker"/>",
#: "<telecom value="tel:…"/>"), and its kind
XML_VALUE_KEYS = {"family": "PERSON", "given": "PERSON", "line": "STREET_ADDRESS", "city": "CITY",
                  "postalcode": "ZIP_CODE", "telecom": "PHONE_NUMBER", "birthdate": "DATE_TIME", "district": "CITY"}
