#!/usr/bin/env bash
# Senim's Kafka users and ACLs (docs/deploy.md, Kafka). Runs in the apache/kafka image as the
# super user kafka-admin, over the brokers' mutual-TLS listener:
#   init-acls.sh services        the SCRAM users of the three services and their ACLs (kafka-init)
#   init-acls.sh ngo <city>      the user ngo-<city> of an NGO system: reads referrals.<city> only
#   init-acls.sh police          the user police-liaison of a police system: reads escalations.police only
# A user's password comes from the environment (SENIM_KAFKA_*_PASSWORD, NGO_PASSWORD, POLICE_PASSWORD).
# Setting a password again replaces it; adding an ACL that exists changes nothing: safe to rerun.
# The topics each service writes and reads are those of contracts' Topics (DESIGN.md §4).
set -euo pipefail

BOOTSTRAP="${SENIM_KAFKA_ADMIN_BOOTSTRAP:-kafka-1:9094,kafka-2:9094,kafka-3:9094}"
SECRETS="${SENIM_KAFKA_SECRETS:-/etc/kafka/secrets}"
KAFKA="${SENIM_KAFKA_BIN:-/opt/kafka/bin}"
ADMIN_CONFIG="$(mktemp)"
trap 'rm -f "$ADMIN_CONFIG"' EXIT
cat >"$ADMIN_CONFIG" <<PROPERTIES
security.protocol=SSL
ssl.keystore.type=PKCS12
ssl.keystore.location=$SECRETS/admin.p12
ssl.keystore.password=$(cat "$SECRETS/admin_keystore_creds")
ssl.truststore.type=PKCS12
ssl.truststore.location=$SECRETS/truststore.p12
ssl.truststore.password=$(cat "$SECRETS/truststore_creds")
PROPERTIES

# user <name> <password>: the user's SCRAM-SHA-512 credential.
user() {
  local name="$1" password="$2"
  if [[ ! "$password" =~ ^[A-Za-z0-9]{24,}$ ]]; then
    echo "The password of $name must be 24+ letters or digits (openssl rand -hex 24)" >&2
    exit 2
  fi
  "$KAFKA/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --alter \
    --entity-type users --entity-name "$name" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
}

# allow <user> <kafka-acls.sh resource and operation options>
allow() {
  local name="$1"
  shift
  "$KAFKA/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add \
    --allow-principal "User:$name" "$@" >/dev/null
}

# A topic a service writes and declares (a NewTopic bean): write, create, describe.
writes() {
  local name="$1" pattern="$2" topic="$3"
  allow "$name" --resource-pattern-type "$pattern" --topic "$topic" \
    --operation Write --operation Create --operation Describe --operation DescribeConfigs
}

# A topic a service consumes.
reads() {
  local name="$1" pattern="$2" topic="$3"
  allow "$name" --resource-pattern-type "$pattern" --topic "$topic" --operation Read --operation Describe
}

# The consumer groups whose names start with a prefix.
groups() {
  allow "$1" --resource-pattern-type prefixed --group "$2" --operation Read --operation Describe
}

services() {
  user directory-service "${SENIM_KAFKA_DIRECTORY_PASSWORD:?}"
  writes directory-service literal directory.changes

  user report-service "${SENIM_KAFKA_REPORT_PASSWORD:?}"
  writes report-service literal reports.submitted
  writes report-service literal reports.messages
  reads report-service literal referrals.status
  reads report-service literal directory.changes
  # Dead letters of what it consumes.
  writes report-service literal referrals.status.DLT
  writes report-service literal directory.changes.DLT
  # report-service-mailbox, report-service-cities-<instance>
  groups report-service report-service-

  user referral-service "${SENIM_KAFKA_REFERRAL_PASSWORD:?}"
  reads referral-service literal reports.submitted
  reads referral-service literal reports.messages
  reads referral-service literal directory.changes
  reads referral-service literal escalations.police
  # referrals.<city> of every city (its live streams) and referrals.status
  reads referral-service prefixed referrals.
  writes referral-service prefixed referrals.
  writes referral-service literal escalations.police
  writes referral-service literal escalations.police.DLT
  writes referral-service literal reports.submitted.DLT
  writes referral-service literal reports.messages.DLT
  writes referral-service literal directory.changes.DLT
  # referral-service, referral-service-conversation, -directory, -stream-<id>, -escalations-<id>
  groups referral-service referral-service
  echo "Kafka users and ACLs of the services are set."
}

ngo() {
  local city="${1:?ngo needs a city slug, e.g. almaty}"
  if [[ ! "$city" =~ ^[a-z0-9-]+$ || "$city" == status ]]; then
    echo "Not a city slug: $city" >&2
    exit 2
  fi
  user "ngo-$city" "${NGO_PASSWORD:?set NGO_PASSWORD (openssl rand -hex 24)}"
  reads "ngo-$city" literal "referrals.$city"
  # The dot: ngo-almaty must not join the groups of ngo-almaty-region.
  groups "ngo-$city" "ngo-$city."
  echo "User ngo-$city reads referrals.$city, in consumer groups named ngo-$city.<anything>."
}

police() {
  user police-liaison "${POLICE_PASSWORD:?set POLICE_PASSWORD (openssl rand -hex 24)}"
  reads police-liaison literal escalations.police
  groups police-liaison police-liaison.
  echo "User police-liaison reads escalations.police, in consumer groups named police-liaison.<anything>."
}

case "${1:-}" in
  services) services ;;
  ngo) ngo "${2:-}" ;;
  police) police ;;
  *) echo "Usage: init-acls.sh services | ngo <city> | police" >&2; exit 2 ;;
esac
