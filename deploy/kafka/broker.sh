#!/usr/bin/env bash
# One combined broker/controller node of the compose Kafka cluster (docs/deploy.md, Kafka), in the
# apache/kafka image. Its server.properties are written here rather than left to the image's
# KAFKA_* variables, which drop any value holding '=' (the principal mapping rule) and set up TLS
# only for listeners literally named SSL.
#   broker.sh config    print the properties (without the stores' passwords)
#   broker.sh start     write them, format the storage on first start, run the node (default)
set -euo pipefail

NODE_ID="${SENIM_KAFKA_NODE_ID:?set SENIM_KAFKA_NODE_ID (1, 2 or 3)}"
HOST="${SENIM_KAFKA_HOST:?set SENIM_KAFKA_HOST (its name in the network, kafka-1)}"
CLUSTER_ID="${SENIM_KAFKA_CLUSTER_ID:?set SENIM_KAFKA_CLUSTER_ID}"
VOTERS="${SENIM_KAFKA_VOTERS:-1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093}"
CLIENT_PORT="${SENIM_KAFKA_CLIENT_PORT:-9092}"
CONTROLLER_PORT="${SENIM_KAFKA_CONTROLLER_PORT:-9093}"
BROKER_PORT="${SENIM_KAFKA_BROKER_PORT:-9094}"
REPLICATION="${SENIM_KAFKA_REPLICATION:-3}"
MIN_ISR="${SENIM_KAFKA_MIN_ISR:-2}"
SECRETS="${SENIM_KAFKA_SECRETS:-/etc/kafka/secrets}"
DATA="${SENIM_KAFKA_DATA:-/var/lib/kafka/data}"
KAFKA_HOME="${SENIM_KAFKA_HOME:-/opt/kafka}"

properties() {
  cat <<PROPERTIES
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=$VOTERS
log.dirs=$DATA
# CLIENT: the services and NGO systems, SCRAM-SHA-512 over TLS, one user each.
# BROKER (replication) and CONTROLLER (the quorum): mutual TLS with the brokers' certificate.
listeners=CLIENT://:$CLIENT_PORT,CONTROLLER://:$CONTROLLER_PORT,BROKER://:$BROKER_PORT
advertised.listeners=CLIENT://$HOST:$CLIENT_PORT,BROKER://$HOST:$BROKER_PORT
listener.security.protocol.map=CLIENT:SASL_SSL,CONTROLLER:SSL,BROKER:SSL
controller.listener.names=CONTROLLER
inter.broker.listener.name=BROKER
ssl.keystore.type=PKCS12
ssl.keystore.location=$SECRETS/broker.p12
ssl.truststore.type=PKCS12
ssl.truststore.location=$SECRETS/truststore.p12
ssl.client.auth=required
listener.name.client.ssl.client.auth=none
listener.name.client.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.client.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
# CN=kafka-broker -> User:kafka-broker, CN=kafka-admin -> User:kafka-admin
ssl.principal.mapping.rules=RULE:^CN=([^,]+).*\$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:kafka-broker;User:kafka-admin
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
default.replication.factor=$REPLICATION
min.insync.replicas=$MIN_ISR
offsets.topic.replication.factor=$REPLICATION
transaction.state.log.replication.factor=$REPLICATION
transaction.state.log.min.isr=$MIN_ISR
share.coordinator.state.topic.replication.factor=$REPLICATION
share.coordinator.state.topic.min.isr=$MIN_ISR
PROPERTIES
}

passwords() {
  local keystore
  keystore="$(cat "$SECRETS/broker_keystore_creds")"
  printf 'ssl.keystore.password=%s\nssl.key.password=%s\nssl.truststore.password=%s\n' \
    "$keystore" "$keystore" "$(cat "$SECRETS/truststore_creds")"
}

case "${1:-start}" in
  config) properties ;;
  start)
    umask 077
    CONFIG="$(mktemp -d)/server.properties"
    { properties; passwords; } >"$CONFIG"
    if [[ ! -f "$DATA/meta.properties" ]]; then
      "$KAFKA_HOME/bin/kafka-storage.sh" format --cluster-id "$CLUSTER_ID" --config "$CONFIG" --ignore-formatted
    fi
    exec "$KAFKA_HOME/bin/kafka-server-start.sh" "$CONFIG"
    ;;
  *) echo "Usage: broker.sh [config|start]" >&2; exit 2 ;;
esac
