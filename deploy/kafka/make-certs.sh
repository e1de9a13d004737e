#!/usr/bin/env bash
# Makes, once, the TLS material of the compose Kafka cluster in deploy/kafka/secrets/ (never
# committed): a private CA, the brokers' certificate (CN=kafka-broker, for kafka-1..3 and
# localhost), the admin certificate of kafka-init (CN=kafka-admin), their PKCS12 stores with
# random passwords, and ca.pem, the one file the services need to trust the brokers.
# Needs keytool (any JDK 17+). Refuses to overwrite: delete the folder to start again.
set -euo pipefail
cd "$(dirname "$0")"
OUT=secrets
DAYS="${SENIM_KAFKA_CERT_DAYS:-825}"
if [[ -e "$OUT" ]]; then
  echo "$OUT/ exists; remove it first to make new certificates" >&2
  exit 1
fi
mkdir "$OUT"
cd "$OUT"
umask 077
password() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
CA_PW="$(password)"
password >broker_keystore_creds
password >admin_keystore_creds
password >truststore_creds

keytool -genkeypair -alias ca -keyalg EC -groupname secp384r1 -dname "CN=Senim Kafka CA" -validity "$DAYS" \
  -ext bc:c -keystore ca.p12 -storetype PKCS12 -storepass "$CA_PW" -noprompt
keytool -exportcert -rfc -alias ca -keystore ca.p12 -storepass "$CA_PW" >ca.pem
keytool -importcert -alias ca -file ca.pem -keystore truststore.p12 -storetype PKCS12 \
  -storepass "$(cat truststore_creds)" -noprompt

# sign <name> <CN> <extension>: a key pair in <name>.p12 with a certificate the CA signed.
sign() {
  local name="$1" cn="$2" ext="$3" pw
  pw="$(cat "${name}_keystore_creds")"
  keytool -genkeypair -alias "$name" -keyalg EC -groupname secp384r1 -dname "CN=$cn" -validity "$DAYS" \
    -keystore "$name.p12" -storetype PKCS12 -storepass "$pw" -noprompt
  keytool -certreq -alias "$name" -keystore "$name.p12" -storepass "$pw" |
    keytool -gencert -alias ca -keystore ca.p12 -storepass "$CA_PW" -validity "$DAYS" -rfc $ext >"$name.pem"
  keytool -importcert -alias ca -file ca.pem -keystore "$name.p12" -storepass "$pw" -noprompt
  keytool -importcert -alias "$name" -file "$name.pem" -keystore "$name.p12" -storepass "$pw" -noprompt
  rm "$name.pem"
}
sign broker kafka-broker "-ext SAN=dns:kafka-1,dns:kafka-2,dns:kafka-3,dns:localhost -ext EKU=serverAuth,clientAuth"
sign admin kafka-admin "-ext EKU=clientAuth"
# The CA's key signs nothing more: keep it offline if you keep it at all.
rm ca.p12

# The brokers' health check speaks to their own mutual-TLS listener.
cat >broker-client.properties <<PROPERTIES
security.protocol=SSL
ssl.keystore.type=PKCS12
ssl.keystore.location=/etc/kafka/secrets/broker.p12
ssl.keystore.password=$(cat broker_keystore_creds)
ssl.truststore.type=PKCS12
ssl.truststore.location=/etc/kafka/secrets/truststore.p12
ssl.truststore.password=$(cat truststore_creds)
PROPERTIES
# The brokers and kafka-init (uid 1000 in apache/kafka) read these through a read-only mount;
# the services read ca.pem only. Who may log in to this host may read them: restrict the host.
chmod 644 ./*
echo "Kafka TLS material in deploy/kafka/secrets/ (valid $DAYS days); keep it out of version control."
