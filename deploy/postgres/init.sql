-- One database per service: no service reads another's tables.
CREATE DATABASE senim_directory;
CREATE DATABASE senim_report;
CREATE DATABASE senim_referral;
