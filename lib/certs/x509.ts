// @peculiar/x509 relies on decorator metadata: reflect-metadata must be loaded before it.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import * as asn1js from "asn1js";

export { x509, asn1js };
